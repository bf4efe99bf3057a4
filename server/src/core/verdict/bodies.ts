/**
 * An organisation or a place the claim names where the sentence that states the rest of it names another of the
 * kind: "The Pemberton Art Trust's grant of £1.15 million covered 61.8% of the purchase price" against "The Albion
 * Heritage Lottery Trust awarded a grant of £1,150,000, which covered 61.8% of the purchase price" (the Pemberton Art
 * Trust gave £300,000, in another passage). The passage that names the claim's body says something else of it, so
 * joining the two (a claim may be supported by two passages of one source) is no support: the body in the fact's
 * place is the sentence's. A common error of a reporter who copies a figure from a release that names several funders,
 * sites or venues.
 */
import { processTerm } from '../index/tokenize';
import { escapeRegExp } from '../text/regexp';
import { lemmaCoverage } from './accounting';
import type { ClaimInfo, TextInfo } from './support';
import { statesValue } from './support';
import { isNumeric, nameWordForms, roleSimilarity, valueAgrees, type TypedValue } from './values';

/** The last word of an organisation's name ("Trust", "Ventures", "Board"). */
const BODY_HEAD: ReadonlySet<string> = new Set([
  'trust', 'trusts', 'fund', 'council', 'board', 'alliance', 'ventures', 'capital', 'partners', 'partnership', 'foundation',
  'bank', 'police', 'constabulary', 'service', 'services', 'agency', 'committee', 'union', 'association', 'society', 'club',
  'college', 'university', 'school', 'group', 'company', 'ltd', 'limited', 'plc', 'llp', 'authority', 'department', 'ministry',
  'institute', 'commission', 'party', 'charity', 'federation', 'network', 'coalition', 'consortium', 'corporation',
  'holdings', 'industries', 'bureau', 'executive', 'directorate', 'inspectorate', 'regulator', 'ambulance', 'brigade',
  'rescue', 'response', 'support', 'hospitals', 'engineering', 'coaches', 'buses', 'railways', 'water', 'energy',
]);
/** The last word of a place's name ("Lane", "Community Centre", "Infirmary"). */
const PLACE_HEAD: ReadonlySet<string> = new Set([
  'street', 'road', 'lane', 'avenue', 'close', 'drive', 'crescent', 'terrace', 'square', 'hall', 'centre', 'center', 'church',
  'campus', 'building', 'ward', 'station', 'substation', 'bridge', 'park', 'estate', 'infirmary', 'hospital', 'reservoir',
  'works', 'quay', 'quayside', 'wharf', 'moor', 'common', 'wood', 'valley', 'beach', 'bay', 'harbour', 'airport', 'stadium',
  'ground', 'theatre', 'library', 'museum', 'market', 'gardens', 'house', 'court', 'mill', 'farm', 'island', 'pier',
]);
/** Words before an area's name ("in Corbury", "near Glaswick"). */
const AREA_BEFORE = /\b(?:in|near|outside|around|across|throughout)\s+(?:the\s+)?$/i;
/** Words before a venue's name ("at the Fenwick Lane Community Centre"). */
const VENUE_BEFORE = /\bat\s+(?:the\s+)?$/i;
/** A lower-case word of a venue after its name ("the Kilbride Mains substation", "Ferris Lane pumping station"). */
const VENUE_AFTER = /^\s+(?:[a-z-]+\s+)?(?:street|road|lane|square|hall|centre|church|campus|building|ward|station|substation|bridge|park|estate|hospital|reservoir|works|quay|harbour|airport|stadium|theatre|library|museum|market|site|depot|plant)\b/;
/** A lower-case word of an area after its name ("the Thornley Market and Fenwick areas"). */
const AREA_AFTER = /^\s+(?:area|areas|district|districts|region|ward|wards)\b/;
/** Words that open a name of a grade or a class, no body or place: "Grade II", "Category A", "Band 5". */
const GRADE_WORD: ReadonlySet<string> = new Set(['grade', 'category', 'class', 'band', 'tier', 'level', 'phase', 'stage', 'type']);
/** Words that open a name and make it a body's whatever its last word ("NHS Northmoor"). */
const BODY_OPENING: ReadonlySet<string> = new Set(['nhs']);

/**
 * What a name names: an organisation, a venue (a building, a site, a street) or an area (a town, a district). A venue
 * and the town it is in are not rivals ("at the MGM Grand" / "in Las Vegas").
 */
type NameKind = 'body' | 'venue' | 'area';

/** Whether a name value names an organisation, a venue or an area, by its own words or the words around it. */
function kindOf(text: string, v: TypedValue): NameKind | undefined {
  const words = v.name ?? [];
  if (!words.length) return undefined;
  const last = words[words.length - 1];
  // (A grade or a class is no place: "the Grade II listed building".)
  if (GRADE_WORD.has(words[0])) return undefined;
  if (BODY_HEAD.has(last) || BODY_OPENING.has(words[0])) return 'body';
  const before = text.slice(Math.max(0, v.span.start - 16), v.span.start);
  const after = text.slice(v.span.end, v.span.end + 30);
  if (AREA_AFTER.test(after)) return 'area';
  if (PLACE_HEAD.has(last) || VENUE_AFTER.test(after) || VENUE_BEFORE.test(before)) return 'venue';
  // (A route's ends: "from Oakfold to the front door of this hospital".)
  if (AREA_BEFORE.test(before) || (/\bfrom\s+$/i.test(before) && /^\s+to\s/i.test(after))) return 'area';
  return undefined;
}

/** A name's own words: not its kind's head ("pemberton", "art" of "Pemberton Art Trust"). */
function ownWords(v: TypedValue): string[] {
  const words = (v.name ?? []).filter((w) => w.length > 1);
  return words.length > 1 && (BODY_HEAD.has(words[words.length - 1]) || PLACE_HEAD.has(words[words.length - 1])) ? words.slice(0, -1) : words;
}

/** Capitalised words that open a sentence or a phrase, never a body's first word. */
const NOT_A_NAME_WORD = /^(?:The|A|An|In|On|At|By|From|For|And|With|To|This|That|Its|Their|His|Her|Our|Of|As|After|Before|Under)$/;

/**
 * A body's whole name where the value is its tail: the words joined to it by "and", "of", "for" or "&" (a place's
 * by "of" only), and a saint's "St" ("NHS Northmoor and Vale Integrated Care Board", "Department for Industry and
 * Regional Growth's Medicines Manufacturing Resilience Fund", "St Oswald's Church Hall"), at most six words more.
 */
function wholeName(text: string, v: TypedValue, kind: NameKind): TypedValue {
  let start = v.span.start;
  for (let n = 0; n < 6; n++) {
    // (Places joined by "and" are two: "the Thornley Market and Upper Wendle areas".)
    const m = (kind === 'body' ? /(\p{Lu}[\p{L}'’.-]*)\s+(?:(?:and|of|for|&)\s+)?$/u : /(\p{Lu}[\p{L}'’.-]*)\s+(?:of\s+)?$/u).exec(text.slice(Math.max(0, start - 40), start));
    if (!m || NOT_A_NAME_WORD.test(m[1])) break;
    start -= m[0].length;
  }
  return start === v.span.start ? v : { ...v, text: text.slice(start, v.span.end), span: { start, end: v.span.end } };
}

/**
 * Whether a text names the claim's body: states it, or has its own words other than inside another body's longer
 * name of another head ("Haverleigh" of "Haverleigh Rotary Club" does not name Haverleigh College).
 */
function namedBy(t: TextInfo, v: TypedValue, own: readonly string[], has: (t: TextInfo, w: string) => boolean): boolean {
  const ownIn = own.some((w) => has(t, w));
  // (Stated by its head alone is not named: "Partners" of "Orvane Capital Partners LLP" for "Corbain Partners". Stated
  // with none of its words is: an abbreviation.)
  if (statesValue(t, v) && (ownIn || !(v.name ?? []).some((w) => has(t, w)))) return true;
  if (!ownIn) return false;
  const head = v.name![v.name!.length - 1];
  const others = t.values.filter((x) => x.kind === 'name' && (x.name ?? []).length > own.length && x.name![x.name!.length - 1] !== head);
  return own.some((w) => has(t, w) && !others.some((x) => x.name!.includes(w)));
}

/** Lowest role similarity of the sentence's name to the claim's (`roleSimilarity`): the words about each alike. */
export const BODY_ROLE_MIN = 0.1;

/** Lowest coverage of the claim's other words (its name's left out) by the sentence and its neighbours. */
export const BODY_RIVAL_MIN = 0.7;

/**
 * The claim's organisation or place that no evidence sentence giving the claim's figures and dates names, and such a
 * sentence's own of the same kind in a like role that the claim does not name, where the evidence (the chosen
 * sentence, its neighbours, a second passage) states the claim's figures and dates and the rest of its words.
 * `heads`: the opening lines of the evidence's documents (a heading, a byline).
 */
export function bodyInAnothersPlace(claim: ClaimInfo, evidence: readonly TextInfo[], heads: readonly string[] = []): { claim: TypedValue; source: TypedValue; sentence: TextInfo } | undefined {
  const names = claim.values.filter((v) => v.kind === 'name');
  if (!names.length) return undefined;
  // A fact pinned by a figure or a date the evidence gives: without one, a sentence naming another body may be about
  // another fact of the kind.
  const anchors = claim.values.filter((v) => isNumeric(v) || v.kind === 'date' || v.kind === 'year');
  if (!anchors.length || !anchors.every((v) => evidence.some((t) => statesValue(t, v)))) return undefined;
  const anchored = evidence.filter((t) => anchors.some((a) => statesValue(t, a)));
  const claimWords = new Set(names.flatMap((v) => v.name ?? []));
  const has = (t: TextInfo, w: string) => {
    const term = processTerm(w);
    return term !== null && t.terms.has(term);
  };
  for (const v of names) {
    const kind = kindOf(claim.text, v);
    if (!kind) continue;
    const own = ownWords(v);
    // Named by no sentence that gives the claim's figures (one that names it says something else of it: "The
    // Pemberton Art Trust gave £300,000").
    if (!own.length || anchored.some((t) => namedBy(t, v, own, has))) continue;
    // Nor the body or place a source's heading names (its author, its subject): "Eastport Port Authority · Published
    // 4 March 2024" over "Average nitrogen in the harbour fell by 18 percent …, after the Westbank treatment works
    // stopped …", for "Nitrogen in Eastport harbour fell by 18 percent".
    if (heads.some((head) => own.every((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iu').test(head)))) continue;
    // Of the names in a like role, the nearest to one of the claim's figures in its sentence.
    let rival: { value: TypedValue; sentence: TextInfo } | undefined;
    let nearest = Infinity;
    for (const t of anchored) {
      const figures = t.values.filter((x) => x.kind !== 'name' && anchors.some((a) => valueAgrees(a, x)));
      for (const x of t.values) {
        if (x.kind !== 'name' || kindOf(t.text, x) !== kind) continue;
        const theirs = ownWords(x);
        // (A name of the head alone, "Trust" of "Trust members", is no body's.)
        if (theirs.length === 0 || ((x.name ?? []).length === 1 && (BODY_HEAD.has(theirs[0]) || PLACE_HEAD.has(theirs[0])))) continue;
        // (Not one the claim names: not all its own words in the claim.)
        if (theirs.every((w) => claimWords.has(w) || has(claim, w)) || statesValue(claim, x)) continue;
        // (Nor the country of the claim's people's adjective: "British public buildings" / "public buildings in the UK".)
        if (names.some((n) => nameWordForms(n.text.toLowerCase(), x.text.toLowerCase()))) continue;
        if (roleSimilarity(v, x) < BODY_ROLE_MIN) continue;
        const distance = Math.min(1e6, ...figures.map((f) => Math.abs(f.span.start - x.span.start)));
        if (distance < nearest) {
          nearest = distance;
          rival = { value: x, sentence: t };
        }
      }
    }
    if (!rival) continue;
    // The claim's other words (not its names' and figures', checked above) stated.
    const except = new Set([...own.flatMap((w) => processTerm(w) ?? []), ...claim.valueTerms]);
    if (lemmaCoverage(claim, rival.sentence, evidence, except) < BODY_RIVAL_MIN) continue;
    return { claim: wholeName(claim.text, v, kind), source: wholeName(rival.sentence.text, rival.value, kind), sentence: rival.sentence };
  }
  return undefined;
}
