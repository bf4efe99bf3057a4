/**
 * Verbs of reporting: who said what. Shared by the attribution check (`attribution.ts`), which finds speakers by
 * them, and the support features (`support.ts`), for which such a verb beside a quotation is no content of a claim.
 */

/** A reporting verb ("said", "added", "told", "warned" …), as a regular expression's source (no word boundaries). */
export const REPORTING_VERB = String.raw`(?:said|says|told|tells|added|adds|explained|explains|warned|warns|insisted|insists|noted|notes|argued|argues|recalled|recalls|replied|stated|states|claimed|claims|admitted|admits|acknowledged|predicted|predicts|promised|announced|announces|declared|conceded|cautioned|remarked|observed|wrote|writes|asked|asks|testified|estimated|estimates|confirmed|confirms|denied|denies|responded|responds|retorted|countered|commented|stressed|complained|concluded|described|describes|assured|assures|reassured|pledged|pledges|vowed|vows|promises|maintained|maintains|revealed|reveals)`;

/**
 * A reporting verb beside a quotation: before its colon and opening mark ("He added: “…”"; group `v`), or after the
 * closing mark with its subject between (“…,” she added; "…," added Mr Crane; "…," the chairman said; group `w`).
 * A straight mark closes only after punctuation: in 'the "added value"' it opens.
 */
export const VERB_AT_QUOTATION = new RegExp(
  String.raw`\b(?<v>${REPORTING_VERB})\s*:\s*["“]|(?:[,.!?]["”]|”)\s*(?:(?:he|she|they|we|I|it)\s+|(?:the|a|an)\s+\p{Ll}+\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?<w>${REPORTING_VERB})\b`,
  'dgu',
);
