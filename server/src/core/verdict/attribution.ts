/**
 * Attribution: who said it. A draft quote or claim attributed to a person ("Park said", "said harbour master
 * Tom Brennan", "according to the trader", "…, Choi told reporters") is checked against who speaks the words in
 * the sources: a transcript's speaker labels (with the names and roles its header gives), or, in other sources,
 * the attribution in the source's own sentence (`“…,” said Mayor Lena Ortiz.`).
 *
 * `misattributed-quote` is reported only when the answer is certain: every place in the sources that holds the
 * quoted words (or the passages that support the claim) has a known speaker, and none of them is the person
 * the draft names. A source where the speaker is unknown, a pronoun ("she said"), or a role that no speaker's
 * role can confirm or rule out ("an official said") is never flagged. One of the public the source leaves unnamed
 * ("As one parent told inspectors") rules out a person the same source names, but never as one of them.
 *
 * Speech dates: "Okafor said on Monday" is checked against the recording date of the transcript the words come
 * from (a report or an article is often dated days after what it reports, so their dates are not used). A
 * different weekday is a `date` conflict of the claim (a contradicted claim whose quick fix puts in the right day).
 */
import { escapeRegExp } from '../text/regexp';
import { linesAround } from '../text/lines';
import { findQuotes } from '../draft/quotes';
import { tokenizeWithOffsets } from '../index/tokenize';
import type { PassageIndex } from '../index/passageIndex';
import { formatDate, weekdayOf, WEEKDAY_NAMES } from '../sources/dates';
import { locationLabel, placeAt, speakerName } from '../sources/meta';
import type { Claim, ClaimResult, DraftAnalysis, Evidence, Finding, Passage, QuoteResult, SourceDocument, Span, Speaker } from '../types';
import type { Thresholds } from '../config';
import { HEADER_PASSAGES } from './claims';
import { REPORTING_VERB } from './speech';
import { OFFICE_HEAD, officeHolders, sameOffice, type OfficeHolder } from './offices';
import { isPostTitle } from './roles';
import { countUnit, DAY_OF_A_KIND, extractValues, isNumeric, valueAgrees, valueDiffers, type TypedValue, foldAccents } from './values';

// ---------------------------------------------------------------------------------------------------------
// Attributions in text

export interface Attribution {
  /** The words naming the person or role, as written ("Brennan", "harbour master Tom Brennan", "the trader"). */
  mention: string;
  /** Offsets of `mention` (with any title) in the text given, plus the base. */
  span: Span;
  kind: 'name' | 'role';
  /** Lower-case name tokens without titles (`name`), or the role's words (`role`). */
  tokens: string[];
  /** A role's indefinite article, when the source leaves the speaker unnamed ("one parent", "a resident"). */
  indefinite?: string;
}

// ("As our president, Major Hugh Alderley, put it at our committee meeting last week: “…”": "put it" is a way of saying.)
const VERB = String.raw`(?:${REPORTING_VERB}|put\s+it)`;
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'mayor', 'minister', 'president', 'senator', 'governor', 'judge', 'chief', 'captain', 'sir', 'dame', 'rev', 'father', 'sister', 'commissioner', 'inspector', 'sergeant', 'officer', 'councillor', 'councilor', 'deputy',
  // Ranks of police, fire and armed services, written in full before a name ("Detective Chief Inspector Martin
  // Oduya", "Battalion Chief Renata Okafor").
  'detective', 'superintendent', 'constable', 'commander', 'lieutenant', 'colonel', 'battalion', 'assistant', 'acting',
  // Their abbreviations ("Cllr Whitcombe" is no "Cllr Derek Poulson" for sharing "Cllr").
  'cllr', 'sgt', 'insp', 'supt', 'det', 'revd', 'capt', 'lt', 'col', 'pc', 'dc', 'ds', 'di', 'dci', 'dsi',
  // A fire service's ranks ("Area Manager Stuart Pellow" is no "Station Manager Rhys Gwillam" for sharing "Manager").
  'station', 'watch', 'crew', 'group', 'area', 'manager', 'firefighter'];
const TITLE = String.raw`(?:${TITLES.map((t) => t[0].toUpperCase() + t.slice(1)).join('|')})\.?`;
// (An initial is a word of its own: not the "P." of "their GP. Cllr Whitlow said".)
const NAME_PART = String.raw`(?:\p{Lu}[\p{L}'’-]*\p{L}|(?<![\p{L}])\p{Lu}\.)`;
/** A name with up to three titles before it ("Detective Chief Inspector Martin Oduya"). */
const NAME = String.raw`(?:${TITLE}\s+){0,3}${NAME_PART}(?:\s+${NAME_PART}){0,3}`;
/** A capitalised post by its last word's ending: "Senior Hydrologist", "Chief Economist", "Lead Counsel". */
const POST_LIKE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}\p{Ll}*(?:ologist|ist|ician|ator|ager|ent|ant|eer|counsel|adviser|advisor|officer|coordinator|commissioner|director|secretary|treasurer|inspector|superintendent|constable|clerk)$/u;
/** A paragraph that ends "He said:" or "She added:". */
/** A line of a pronoun and a verb of speech alone: "She added:". */
const PRONOUN_LINE = new RegExp(String.raw`^\s*(?:He|She)\s+${VERB}\s*:$`, 'u');
const PRONOUN_SAID_COLON = new RegExp(String.raw`[.!?]\s+(?:He|She)\s+${VERB}\s*:$`, 'u');
/** The person a paragraph opens with: a titled or two-word name, then a comma or a verb. */
const PERSON_OPENING = new RegExp(String.raw`^\s*(${NAME})(?=,|\s+(?:is|was|has|had|who)\b)`, 'u');
/** The last word of a body's name: "… Ltd", "… Council", "… Trust". */
const BODY_END = /\b(?:Ltd|Limited|plc|PLC|LLP|Inc|Group|Council|Trust|Company|Association|Union|Authority|Agency|Board|Partnership|Foundation)\.?$/u;
/** A person and a post in apposition before a body's name: "Martin Oduya, Land and Planning Director, Kestrel Homes (Midlands) ". */
const PERSON_POST_BODY = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${NAME}),\s+([^,"“”\n]{2,60}),\s+[^,"“”\n]*$`, 'u');
/** A person's name right before a post in apposition: "Gareth Moyle, " before "Senior Dog Warden". */
// (The post may open with words joined by "and" or "of" before the part read as a name: "Margaret Tolland, Police and
// Crime Commissioner, said:".)
const PERSON_BEFORE_POST = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${NAME}),\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+)+(?:and|of|for|&)\s+)?$`, 'u');
/**
 * An office "of" or "for" something, capitalised, before a name after the verb ("said Director of Emergency Services
 * Gloria Vance", "said Board of Supervisors Chair Helen Marsh"): the office starts with one of these words, so "said
 * Professor Jane Smith of Oxford University" is not read as one.
 */
const OFFICE_WORD = String.raw`(?:Director|Head|Board|Secretary|Minister|Chair|Chairman|Chairwoman|President|Governor|Commissioner|Mayor|Chief|Officer|Dean|Leader|Chancellor|Department|Office|Council|Committee|Manager|Superintendent|Editor)`;
/**
 * More last words of a post in apposition ("PEBRBP Coordinator", "Senior Curator", "Head Keeper", "Deputy Housing
 * Ombudsman").
 */
const POST_WORD = String.raw`(?:Coordinator|Co-ordinator|Curator|Keeper|Adviser|Advisor|Lead|Consultant|Inspector|Engineer|Analyst|Correspondent|Spokesperson|Spokesman|Spokeswoman|Coach|Captain|Principal|Headteacher|Registrar|Surgeon|Ombudsman|Ombudswoman|Coroner|Auditor|Treasurer|Prosecutor|Clerk|Archivist|Librarian|Economist|Scientist)`;
const OFFICE_OF = String.raw`(?:${NAME_PART}\s+){0,2}${OFFICE_WORD}\s+(?:of|for)\s+`;
/** An office "of" something right before a name's words ("Director of Emergency Services Gloria Vance said"). */
const OFFICE_BEFORE = new RegExp(String.raw`\b${OFFICE_WORD}\s+(?:of|for)\s+(?:the\s+)?$`, 'u');
/**
 * A longer office's words before a name ("Minister of State for International Development and the Diaspora, Seán
 * Fleming TD, said:"): the name is the office's last word.
 */
const OFFICE_PHRASE_BEFORE = new RegExp(String.raw`\b${OFFICE_WORD}(?:\s+${NAME_PART})?\s+(?:of|for)\s+(?:(?:the|and|of|for|${NAME_PART})\s+){1,6}$`, 'u');
/** Not the office's first word(s) as the name ("Director" of "said Director of Emergency Services Gloria Vance"). */
const NOT_AN_OFFICE = String.raw`(?!(?<=\b${OFFICE_WORD})\s+(?:of|for)\s+(?:the\s+)?\p{Lu})`;
const ROLE = String.raw`(?:[\p{Ll}'’-]+[ \t]{1,2}){0,3}?[\p{Ll}'’-]*\p{Ll}`;
/**
 * The organisation and role before a name after the verb ("said Biarritz chairman Marcel Martin", "said Labour
 * party chairman Ian McCartney"): the name is the speaker, not the organisation. Role words are never function
 * words, so "said Brennan in a statement on Friday" keeps Brennan.
 */
const ROLE_WORD = String.raw`(?!(?:in|on|at|to|of|for|with|from|by|about|that|and|but|or|nor|the|a|an|his|her|their|its|who|which|when|while|as|after|before|since|last|this|next|then|is|was|were|are|has|had|have|will|would|could|should|may|might|also|told|said|says)\b)[\p{Ll}'’-]*\p{Ll}`;
/** A post after a body's name ("the BID chairman", "the RNLI spokesman"): the body is no speaker. */
const BODY_POST = String.raw`(?:chairman|chairwoman|chair|chief|spokesman|spokeswoman|spokesperson|director|manager|secretary|treasurer|leader|president|officer|executive|boss)`;
const ORGANISATION_ROLE = String.raw`(?:${NAME_PART}(?:\s+${NAME_PART}){0,3}\s+(?:${ROLE_WORD}\s+){1,3})`;
/**
 * Lower-case words between the verb and the name ("said harbour master Tom Brennan", "said the Tory leader Michael
 * Howard"): role words and determiners, one space apart, so a quotation (blanked) or a clause ("conceded there
 * were … against ID cards") is never crossed.
 */
const LOWER_WORDS = String.raw`(?:(?:the|an?|his|her|their|its|${ROLE_WORD}) ){0,3}`;

/** Capitalised words that start sentences or name days and months, never a speaker. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that',
  'these', 'those', 'there', 'here', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'then', 'when', 'while', 'after',
  'before', 'as', 'so', 'yet', 'also', 'asked', 'later', 'earlier', 'still', 'both', 'some', 'many', 'one', 'officials',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'reporters',
  // Jobs, capitalised only at a sentence's start ("Analyst Tom Ashworth said"): not part of the name.
  'analyst', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'economist', 'manager', 'coach',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'reporter', 'lawyer', 'solicitor', 'barrister', 'resident', 'witness',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
/** Auxiliaries and conjunctions that make a role's words a clause ("said the union had written", "described the incident as “…” and said"). */
const CLAUSE_VERBS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'did', 'does', 'do', 'can', 'may', 'might', 'must', 'and', 'or', 'but', 'as']);

const ADVERB = String.raw`(?:(?:has|had|later|also|once|then|recently|previously|reportedly|repeatedly)\s+)?`;
/** A day or date after "on": "said on Monday" is speech, "insisted on the change" is not. */
const ON_A_DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)`;
/**
 * A reporting verb used as one ("said", not "said to be"; "added", not "added to the list" nor "added a condition";
 * "said on Monday").
 */
// (A verb in "-s" before a plural's verb is a noun: "Compensation claims have also risen sharply".)
// ("said in a statement", "told in an interview" are speech: not "added in", "said in 2019 to be".)
// ("asked for 9.99%" is a request, no speech.)
const SPEECH = String.raw`${VERB}\b(?<!\bask(?:s|ed|ing)?(?=\s+for\b))(?<!s(?=\s+(?:also\s+)?(?:have|were|are)\b))(?!\s+(?:to|up|by|into)\b)(?!\s+in\b(?!\s+(?:an?|her|his|their|its|a\s+written)\s+(?:statement|letter|email|e-mail|interview|report|post|video|speech|submission|briefing)\b))(?!\s+on\b(?!\s+${ON_A_DAY}))(?<!\badd(?:ed|s)(?=\s+(?:an?|another|two|three|four|five|extra|further|more|new|several)\s))`;

/**
 * A name that qualifies the noun after it, in a clause of its own with its verb a few words on ("Valley Link bus of
 * the day would"): the subject of what was said, not the speaker.
 */
const NAME_AS_MODIFIER = String.raw`(?!\s+(?!(?:on|in|at|to|for|from|with|by|yesterday|today|tonight|last|this|next|when|while|after|before|as|who|whose|which|that|and|but|or|adding|saying|earlier|later|afterwards|recently|during|outside|inside|ahead|following|of)\b)\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}?\s+(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|did|does)\b)`;

const PATTERNS: { re: RegExp; kind: 'name' | 'role'; subject?: boolean; afterVerb?: boolean }[] = [
  // "Brennan said", "Dr Amara Okafor, a marine biologist, told reporters"
  // (The description may open without an article: "Rachel Dunmore, chief executive of the NCSA, said".)
  // (Or with a body's possessive or its acronym: "Tom Hesketh, ARWU's regional organiser for the North East, said",
  // "Tom Haldane, UDWU regional organiser for London and the East, who supported him, added", or a post of something
  // in capitals, "Professor Helen Ashdown, Pro-Vice-Chancellor for Research and Innovation, who chaired …, said": a relative clause may
  // follow it, "Sarah Pennington, regional security manager at Brightwells Supermarkets, which operates 14 stores in
  // the force area, said:". A name in apposition before the verb and its colon: "The museum's director, Dr Eleanor
  // Whitfield, said:". An apposition up to 120 characters: "Priya Nandakumar, Senior Maritime Operations Officer at
  // the Coastal Rescue Agency's Gullhaven Maritime Operations Centre, said:" is hers, not the centre's. A post and
  // its body as two parts of the apposition: "Dr Miriam Castellane, Chief Meteorologist, NCWS, said:" is hers, not
  // the service's.)
  // (Or a post in brackets, a list's bold name: "**Colin Ferris (owner, Hexley Arms)** said the interim outreach van had
  // been “…”".)
  { re: new RegExp(String.raw`(?<m>${NAME})(?:\s*\([^()\n]{1,80}\))?(?:\*{1,2})?(?:,\s+(?:(?:an?|the)\s+|(?=\p{Ll})|(?=(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${OFFICE_WORD}|${POST_WORD})\b)|(?=\p{Lu}{2,}[\p{Lu}\d&]*\s+\p{Ll})|(?=(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:of|for|at)\s)|(?=(?:${NAME_PART}\s+){0,3}\p{Lu}[\p{L}\d&.-]*['’]s\s+\p{L}))[^,.;“”"]{1,120},(?:\s+(?:who|whose|which)\s[^,.;“”"]{1,80},|\s+\p{Lu}[^,.;“”"]{0,60},(?=\s+${ADVERB}${SPEECH}))?|,(?=\s+${ADVERB}${VERB}\s*:))?\s+${ADVERB}${SPEECH}`, 'dgu'), kind: 'name', subject: true },
  // A name in apposition after a description, a comma before the verb: "Summit Meridian's managing director, Fiona
  // Brackenbury, said everyone …".
  // (Not a post in apposition after the name: "Rosalind Achebe, Deputy Housing Ombudsman, said".)
  { re: new RegExp(String.raw`(?<=[\p{Ll}\p{Lu}],\s+)(?<m>(?:${TITLE}\s+){0,3}${NAME_PART}(?:\s+${NAME_PART}){1,3})(?<!\b(?:${OFFICE_WORD}|${POST_WORD})),\s+${ADVERB}${SPEECH}`, 'dgu'), kind: 'name', subject: true },
  // (Nor a name before the noun it qualifies, the subject of what was said: "said the first Valley Link bus of the day
  // would get her to work".)
  // "said Brennan", "said harbour master Tom Brennan", "said Biarritz chairman Marcel Martin", "according to Park";
  // not a body's name before its post ("said the BID chairman" names the chairman, not a BID);
  // not whom someone told, asked or warned ("told the BBC"), nor the subject of what was said ("said the shadow
  // Cabinet had weighed up …"), nor an owner ("Mr Milburn said Labour's slogan would be …").
  { re: new RegExp(String.raw`\b(?:(?!(?:told|tells|asked|asks|warned|warns|promised|cautioned)\b)${VERB}|according\s+to)\s+${LOWER_WORDS}${ORGANISATION_ROLE}?(?<m>${NAME})(?<!['’]s)(?![\p{L}'’-]|\s+\p{Lu})${NOT_AN_OFFICE}(?!\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does)\b)(?!\s+${BODY_POST}\b)${NAME_AS_MODIFIER}`, 'dgu'), kind: 'name', afterVerb: true },
  // "“…?” asked Helen Farrow": after a quotation (blanked, so two spaces at least), "asked" and "warned" are speech too.
  { re: new RegExp(String.raw`\s{2}(?:asked|asks|warned|warns)\s+(?<m>${NAME})(?<!['’]s)(?![\p{L}'’-]|\s+\p{Lu})${NOT_AN_OFFICE}`, 'dgu'), kind: 'name', afterVerb: true },
  // "said Director of Emergency Services Gloria Vance": the name is the office's last two words.
  { re: new RegExp(String.raw`\b${VERB}\s+(?:the\s+)?${OFFICE_OF}(?:(?:${NAME_PART}|of|for|and|the)\s+){1,6}?(?<m>${NAME_PART}\s+${NAME_PART})(?![\p{L}'’-]|\s+\p{Lu})`, 'dgu'), kind: 'name', afterVerb: true },
  // "Martin Okafor, the council's flood risk manager, apologised to residents, saying: “…”": the sentence's subject.
  // (Not a word of a post before the name: "Staff governor Tom Whitlock raised concerns, saying".)
  { re: new RegExp(String.raw`(?:^|[.!?]\s+)(?<m>${NAME})(?!\s+\p{Ll}+\s+${NAME_PART}\s+${NAME_PART})(?:,\s+[^,.;“”"]{1,120},)?\s+\p{Ll}[^,.;:“”"]{0,80},\s+saying\b`, 'dgu'), kind: 'name', subject: true },
  // "A spokesperson for Yorkshire Ambulance Service said": the body speaks.
  { re: new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:spokesperson|spokesman|spokeswoman|representative|statement)\s+(?:for|from|of|at)\s+(?:the\s+)?(?<m>${NAME_PART}(?:\s+(?:of\s+|for\s+|and\s+)?${NAME_PART}){0,5})\s+${ADVERB}${SPEECH}`, 'dgu'), kind: 'name' },
  // "the trader said", "a former guard warned"
  { re: new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?<m>${ROLE})\s+${ADVERB}${SPEECH}`, 'dgu'), kind: 'role' },
  // ", said the skipper, Alan Rudd": the name in apposition after the role (a quotation before the verb is blanked,
  // its comma with it). The post may be in capitals: ", said the Mayor, Cllr Derek Fenwick".
  { re: new RegExp(String.raw`(?:[,”"]|\s{2})\s*${VERB}\s+(?:the|an?|his|her|their)\s+(?:${ROLE}|(?:\p{Lu}[\p{Ll}'’-]+\s+){0,3}\p{Lu}[\p{Ll}'’-]+),\s+(?<m>(?:${TITLE}\s+){0,3}${NAME_PART}(?:\s+${NAME_PART}){1,3})(?=\s*(?:[,.;:!?)]|$))`, 'dgu'), kind: 'name' },
  // ", said the trader", "according to the researcher", "…,” said a caller from Millbridge"
  { re: new RegExp(String.raw`(?:(?:[,”"]|\s{2})\s*${VERB}|\baccording\s+to)\s+(?:the|an?)\s+(?<m>${ROLE})(?!,\s+${NAME_PART}\s+${NAME_PART}(?:\s*[,.;:!?)]|$))(?=\s*(?:[,.;:!?)"”]|$|\s+(?:on|in|at|who|last|this|when|from)\b))`, 'dgu'), kind: 'role' },
];

/**
 * A verb's subject right before it: a capitalised name's last word, a personal pronoun or a role ("the trust"), a
 * name and a description between commas ("Rachel Dunmore, chief executive of the NCSA, "), or a name in apposition
 * after a description (", Rafael Quenby, said the Kestford sensor …"), and an adverb.
 */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}'’-]*\p{L}|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|\b(?:[Tt]he|[Aa]n?)\s+${ROLE})\s+|\p{Lu}[\p{L}'’-]*\p{L},\s+[^,.;“”"]{1,80},\s+|,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*\p{L},\s+)${ADVERB}$`, 'u');

/**
 * A name and its apposition, up to the comma that closes it ("Mark Iveson, the deputy team leader"), or a description
 * and the name in apposition to it ("Brennan's agent, Philip Ravensworth").
 */
const APPOSED_SUBJECT = /(?:\p{Lu}[\p{L}'’-]*\p{L},\s+[^,.;:“”"]{1,80}|,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)$/u;

/** A heading over someone's statement: "Statement from Marta Kovalenko-Reyes", "Comments by Dr Ana Petrović". */
const STATEMENT_HEADING = new RegExp(String.raw`^\s*(?:(?:Full|Joint|Short|Written)\s+)?(?:[Ss]tatements?|[Cc]omments?|[Rr]emarks|[Qq]uotes?|[Rr]esponse|[Rr]eaction)\s+(?:from|by|of)\s+(?<m>${NAME})(?=\s*(?:,|\(|$))`, 'u');

/** A person's name (a title or two words at least) and "of" or "from" before a body's name ("Dr Helen Marsh of the "). */
const PERSON_OF = new RegExp(String.raw`(?<![\p{L}'’.-])((?:${TITLE}\s+){1,3}${NAME_PART}(?:\s+${NAME_PART}){0,3}|${NAME_PART}(?:\s+${NAME_PART}){1,3})\s+(?:of|from)\s+(?:the\s+)?$`, 'u');

/** A line that ends with a reporting verb and a colon ("… said:"). */
const SAID_COLON = new RegExp(String.raw`\b${VERB}\s*:$`);

/** A quotation mark, straight or curly. */
const QUOTE_MARK = /["“”]/;

/** A reporting verb anywhere in a claim: only such a claim can give its words to someone. */
const REPORTED = new RegExp(String.raw`\b${VERB}\b|\baccording to\b`, 'i');

/** Where or when words were said, between the verb and its colon: " in the paper's covering note", " ahead of the meeting". */
const SAID_WHERE = String.raw`(?:\s+(?:in|at|on|during|ahead\s+of|before|after|in\s+reply\s+to)\s+[^,:"“”.!?\n]{1,50}?)?`;

/**
 * A line that opens a quotation: a name, an apposition and the verb ("Dr Helen Marsh, chief economist at the FSE,
 * said:"); the apposition may run on in a clause of its own ("Dr Anjali Rao, senior statistician at the Castlemere
 * Clinical Trials Unit, which coordinated the study, said:" is hers, not the unit's: the first name wins).
 */
// (The verb may have where or when it was said before the colon: "said in the paper's covering note:", "said ahead of
// the meeting:".)
// (The words between the name and the verb end no sentence: "… committee on Monday 11 November, which supported it by
// seven votes to two. … Councillor Anne Marlowe, leader of the Liberal Democrat group, said:" opens no quotation of
// "November".)
const OPENER = new RegExp(String.raw`(?:^|\s)(?<m>${NAME}),(?:(?![.!?]\s)[^,:"“”]){1,120}(?:,(?:(?![.!?]\s)[^,:"“”]){1,80})?,\s+${ADVERB}${VERB}${SAID_WHERE}\s*[:,]$`, 'u');

/**
 * A line that opens a quotation with what the speaker did rather than a verb of saying: "Cllr Derek Poulson (Cabinet
 * Member for Highways and Transport) introduced the report:", "Ms Patel, for the council, opened the case:".
 */
const OPENER_ACT = new RegExp(String.raw`(?:^|\s)(?<m>${NAME})(?:\s*\([^()\n]{1,120}\)|,[^,:"“”\n]{1,120},)?\s+${ADVERB}(?:introduced|presented|opened|closed|moved|seconded|proposed|summed\s+up|summarised|summarized|responded|replied|answered|addressed|began|ended|wound\s+up)\b[^:"“”.!?\n]{0,60}:$`, 'u');

/** Letters after a name, which many people share ("Fenella Drayce KC" and "Marcus Oduya KC" are two people). */
const POST_NOMINALS = new Set(['kc', 'qc', 'jp', 'mp', 'msp', 'ms', 'mbe', 'obe', 'cbe', 'frs', 'phd', 'jr', 'snr', 'jnr']);

function nameTokens(mention: string): string[] {
  return foldAccents(mention.toLowerCase())
    .split(/[\s.]+/)
    .map((t) => t.replace(/[’']s$/, ''))
    .filter((t) => t.length > 1 && !TITLES.includes(t) && !POST_NOMINALS.has(t));
}

/**
 * Attributions in a piece of text (quoted words masked out, so names inside a quote are not speakers), in order.
 * `base` is added to the spans.
 */
export function findAttributions(text: string, base = 0, masked: readonly Span[] = []): Attribution[] {
  let plain = text;
  for (const m of masked) {
    const s = Math.max(0, m.start - base);
    const e = Math.min(text.length, m.end - base);
    if (e > s) plain = plain.slice(0, s) + ' '.repeat(e - s) + plain.slice(e);
  }
  // Quotes of the text itself: masked too (source sentences carry their own quotation marks).
  plain = plain.replace(/“[^”]*”|"[^"\n]*"/g, (q) => ' '.repeat(q.length));
  const out: Attribution[] = [];
  for (const { re, kind, subject, afterVerb } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(plain); m; m = re.exec(plain)) {
      // A name after a verb that has its speaker before it is what the speaker talks about ("Head coach Luis Moreno
      // said Reyes “covers every blade of grass”": Moreno said it).
      if (afterVerb && SUBJECT_BEFORE.test(plain.slice(Math.max(0, m.index - 120), m.index))) continue;
      let mention = m.groups!.m;
      let start = (m as RegExpExecArray & { indices: { groups: Record<string, [number, number]> } }).indices.groups.m[0];
      if (kind === 'name') {
        // Leading sentence words ("The", "But", "In May") are not part of a name.
        const words = mention.split(/\s+/);
        while (words.length && NOT_NAMES.has(words[0].toLowerCase().replace(/\.$/, ''))) {
          const rest = mention.slice(words[0].length);
          start += mention.length - rest.trimStart().length;
          mention = rest.trimStart();
          words.shift();
        }
        if (!words.length || NOT_NAMES.has(words[words.length - 1].toLowerCase())) continue;
        // "A source in Hyesan said": a place after a preposition is not the speaker; but after an office "of"
        // something, the name is the last two words ("Director of Emergency Services Gloria Vance said").
        if (subject && /\b(?:in|from|of|at|near|for|with|to|by|about|on|into|across|outside|inside|around)\s+(?:the\s+)?$/i.test(plain.slice(Math.max(0, start - 16), start))) {
          // A person "of" or "from" a body before it: the person speaks ("Dr Helen Marsh of the BTO said").
          const person = PERSON_OF.exec(plain.slice(Math.max(0, start - 80), start));
          if (person && !OFFICE_BEFORE.test(plain.slice(Math.max(0, start - 60), start))) {
            start = Math.max(0, start - 80) + person.index + person[0].indexOf(person[1]);
            mention = person[1];
          } else {
            if (words.length < 3 || !OFFICE_BEFORE.test(plain.slice(Math.max(0, start - 60), start))) continue;
            const name = words.slice(-2).join(' ');
            // (Not the end of the office's field, no surname: "The Director of Adult Social Care replied".)
            if (FIELD_END.test(name)) continue;
            start += mention.length - name.length;
            mention = name;
          }
        }
        // (Not a heading's line before the name: "MITIGATION\nMr Ellery, for the defendant, said".)
        const line = /^[^\n]*\p{Lu}{3,}[^\n\p{Ll}]*\n\s*/u.exec(mention);
        if (line) {
          start += line[0].length;
          mention = mention.slice(line[0].length);
        }
        // A post in capitals in apposition is not the speaker; the name before it is ("Gareth Moyle, Senior Dog
        // Warden, said:").
        // (Not a name with a courtesy title whose last word only looks like a post's: "Ms Gilchrist".)
        if (isPostTitle(mention) || (POST_LIKE.test(mention) && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame|Lord|Lady)\.?\s/u.test(mention))) {
          const person = PERSON_BEFORE_POST.exec(plain.slice(Math.max(0, start - 60), start));
          if (person) {
            start = Math.max(0, start - 60) + person.index + person[0].indexOf(person[1]);
            mention = person[1];
          }
        }
        // A body after a person and a post in apposition is not the speaker; the person is ("Martin Oduya, Land and
        // Planning Director, Kestrel Homes (Midlands) Ltd, said:").
        if (BODY_END.test(mention)) {
          const chain = PERSON_POST_BODY.exec(plain.slice(Math.max(0, start - 140), start));
          if (chain && POST_IN_APPOSITION.test(chain[2])) {
            start = Math.max(0, start - 140) + chain.index + chain[0].indexOf(chain[1]);
            mention = chain[1];
          }
        }
        const tokens = nameTokens(mention);
        if (!tokens.length) continue;
        out.push({ mention, span: { start: base + start, end: base + start + mention.length }, kind, tokens });
      } else {
        const tokens = mention.toLowerCase().split(/\s+/).filter(Boolean);
        // (Nor a clause: "said the union had written to …" is what was said, not who said it.)
        if (!tokens.length || tokens.some((t) => PRONOUNS.has(t) || CLAUSE_VERBS.has(t)) || /['’]s\b/.test(mention) || /\b(?:source|sources|statement|report|people|others)\b/.test(mention)) continue;
        // (Nor the subject of what was said after a name in apposition: "Mark Iveson, the deputy team leader, said the
        // group “did exactly the right thing”": the comma closes the apposition, Iveson said it.)
        if (plain[m.index] === ',' && APPOSED_SUBJECT.test(plain.slice(Math.max(0, m.index - 120), m.index))) continue;
        const indefinite = /\b(an?|one|another)\s+$/i.exec(plain.slice(Math.max(0, start - 10), start))?.[1].toLowerCase();
        out.push({ mention, span: { start: base + start, end: base + start + mention.length }, kind, tokens, ...(indefinite ? { indefinite } : {}) });
      }
    }
  }
  // One attribution per place: drop mentions inside another one.
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return out.filter((a, i) => !out.some((b, j) => j !== i && b.span.start <= a.span.start && b.span.end >= a.span.end && (b.span.end - b.span.start > a.span.end - a.span.start || j < i)));
}

// ---------------------------------------------------------------------------------------------------------
// Speakers

/** Who speaks at a place in a source: a transcript speaker, an attribution in the source sentence, or unknown. */
/** (An attributed speech carries its document when its speaker is a role the source leaves unnamed: `namedOtherwise`.) */
type Speech = { kind: 'speaker'; speaker: Speaker; speakers: readonly Speaker[] } | { kind: 'attributed'; attribution: Attribution; document?: SourceDocument } | { kind: 'unknown' };

function speakerTokens(speaker: Speaker): string[] {
  return [...new Set([...nameTokens(speaker.label), ...(speaker.name ? nameTokens(speaker.name) : [])])];
}

/** Words for a person of no stated kind. */
const ANY_PERSON: ReadonlySet<string> = new Set(['person', 'individual', 'man', 'woman', 'someone', 'somebody']);

/** Whether an attribution names this speech's speaker: true, false, or undefined when it cannot be told. */
export function sameSpeaker(attribution: Attribution, speech: Speech): boolean | undefined {
  if (speech.kind === 'unknown') return undefined;
  if (speech.kind === 'speaker') {
    const { speaker } = speech;
    const tokens = speakerTokens(speaker);
    if (attribution.kind === 'name') {
      if (!tokens.length) return undefined;
      if (attribution.tokens.some((t) => tokens.includes(t))) return true;
      // (A post alone, "The Dean said", names whoever holds it: the speaker whose role it is, or nobody known.)
      if (attribution.tokens.length === 1 && POST_NAMES.has(attribution.tokens[0])) {
        const post = attribution.tokens[0];
        const holds = (s: Speaker) => !!s.role && s.role.toLowerCase().split(/[\s,;]+/).includes(post);
        return holds(speaker) ? true : speech.speakers.some((s) => s.label !== speaker.label && holds(s)) ? false : undefined;
      }
      // A body speaks through the people who hold its posts: "North Brede District Council declared a major
      // incident" against its leader's "We declared a major incident" ("Leader, North Brede District Council").
      if (speaker.body && attribution.tokens.every((t) => nameTokens(speaker.body!).includes(t))) return true;
      return false;
    }
    // A role confirms a speaker who has it; it rules a speaker out only when another speaker of the source has it
    // ("the harbour master" is Tom Brennan, so not Amara Okafor); a role nobody has ("an official") tells nothing.
    const head = attribution.tokens[attribution.tokens.length - 1];
    // (Or the label's own word: "CALLER (DEREK, MILLBRIDGE)" is "a caller".)
    const has = (s: Speaker) => (!!s.role && s.role.toLowerCase().split(/[\s,;]+/).includes(head)) || s.label.toLowerCase().split(/[^\p{L}]+/u)[0] === head;
    if (has(speaker)) return true;
    // (A body speaks through any of its people: "The council said" is not ruled out by another speaker's "Chair of
    // Ellerby Town Council".)
    if (BODY_HEADS.has(head)) return undefined;
    return speech.speakers.some((s) => s.label !== speaker.label && has(s)) ? false : undefined;
  }
  const other = speech.attribution;
  // A post alone ("The Dean said:", "The Mayor said") names whoever holds it: it cannot be told from another's name
  // ("the Very Revd Helen Marwick, Dean of Wexcombe").
  if (attribution.kind === 'name' && attribution.tokens.length === 1 && POST_NAMES.has(attribution.tokens[0]) && !other.tokens.includes(attribution.tokens[0])) return undefined;
  // So does the source's ("The Chair said:" in minutes whose list of those present makes Cllr Denise Harlow the Chair).
  // (Unless the source lists who holds it: "The Convener said:" under "Present: Councillor Morag Teague (Convener, in the
  // Chair)" is Councillor Teague's, and no one else's.)
  if (other.kind === 'name' && other.tokens.length === 1 && POST_NAMES.has(other.tokens[0]) && !attribution.tokens.includes(other.tokens[0])) {
    const holder = attribution.kind === 'name' && speech.document ? listedHolder(speech.document, other.tokens[0]) : undefined;
    return holder ? attribution.tokens.includes(holder) : undefined;
  }
  // A post by its initials ("The CFO explained", in minutes that list "Simon Clarke (Chief Financial Officer)"): by
  // the posts the source gives people, and never another's name.
  if (attribution.kind === 'name' && other.kind === 'name' && other.tokens.length === 1 && POST_INITIALS.has(other.tokens[0]) && !attribution.tokens.includes(other.tokens[0])) {
    if (!speech.document) return undefined;
    const posts = POST_INITIALS.get(other.tokens[0])!;
    for (const post of posts) {
      const found = postHolder(speech.document, post.split(' '), attribution.tokens);
      if (found) return found.same;
    }
    return undefined;
  }
  // A post the source gives as the speaker, capitalised, against a name ("Ms Marchetti warned" / "the Chief Operating
  // Officer states:"): by the posts the source gives people.
  if (attribution.kind === 'name' && other.kind === 'name' && speech.document && !attribution.tokens.some((t) => other.tokens.includes(t)) && isPostTitle(other.mention)) {
    return postHolder(speech.document, other.tokens, attribution.tokens)?.same;
  }
  if (attribution.kind === 'name' && other.kind === 'name') {
    if (attribution.tokens.some((t) => other.tokens.includes(t))) return true;
    // (A post the source gives as the speaker that its list gives the claim's person: "The Cabinet Member said" under
    // "Also present: Councillor Martin Deverell (Cabinet Member for Environment and Climate)".)
    if (speech.document && listedWithPost(speech.document, attribution.tokens, other.mention)) return true;
    // (A body speaks through the person the source gives one of its posts: "Tarrowline has said it will look again"
    // for "Priya Nandakumar, Tarrowline's operations director, said: …".)
    if (speech.document && bodyOfSpeaker(speech.document.text, other.span, attribution.tokens)) return undefined;
    return false;
  }
  // A post against a name ("the chief inspector said" for words the source gives to "The governor, Tom Reed"): by
  // the posts the source gives people.
  if (attribution.kind === 'role' && other.kind === 'name' && speech.document) return postHolder(speech.document, attribution.tokens, other.tokens)?.same;
  // (A person of no stated kind is anyone's: "one resident told them" / "One person said:".)
  if (attribution.kind === 'role' && other.kind === 'role') {
    const [mine, theirs] = [attribution.tokens[attribution.tokens.length - 1], other.tokens[other.tokens.length - 1]];
    // (Nor one body by two common words for its kind: "The family firm says" / "The company says".)
    return mine === theirs ? true : ANY_PERSON.has(mine) || ANY_PERSON.has(theirs) || BODY_KINDS.some((k) => k.has(mine) && k.has(theirs)) ? undefined : false;
  }
  // A person named against a post the source gives the speaker ("…," Mr Whitcombe told the court / "…," the judge
  // said, in a report that names "Her Honour Judge Rosalind Okafor"): someone else, when the source gives that post to
  // another person and never to them.
  if (attribution.kind === 'name' && other.kind === 'role' && !other.indefinite && speech.document) {
    const held = postHeld(speech.document, other.tokens, attribution.tokens);
    if (held !== undefined) return held;
  }
  // A person named against one of the public the source leaves unnamed ("As one parent told inspectors, “…”" for
  // "Mr Ashcroft said"): someone else, when the same source names the draft's person and never as one of them.
  if (attribution.kind === 'name' && other.kind === 'role' && other.indefinite && speech.document && UNNAMED_ROLES.has(other.tokens[other.tokens.length - 1])) {
    return namedOtherwise(speech.document.text, attribution.tokens, other.tokens[other.tokens.length - 1]) ? false : undefined;
  }
  return undefined;
}

/** The last word of a body's name, which ends a list's entry before its post: "… Wendmoor District Council (Chair)". */
const LISTED_BODY_END = /^(?:Council|Trust|Authority|Agency|Board|Committee|Commission|Partnership|Group|Association|Society|Union|Service|Services|Police|Constabulary|Ltd|Limited|plc|LLP|Company|University|College|School|Hospital|Department|Ministry|Office)$/u;

/**
 * The surname (lower case) of the one person a document lists with a one-word post in brackets, after a comma or after
 * a dash: "Councillor Morag Teague (Convener, in the Chair)", "Cllr Denise Harlow - Chair"; undefined when it lists
 * none or several (not "Depute Convener", another post).
 */
function listedHolder(document: SourceDocument, post: string): string | undefined {
  // (Read once per document and post.)
  let seen = listedHolders.get(document);
  if (!seen) listedHolders.set(document, (seen = new Map()));
  if (seen.has(post)) return seen.get(post);
  const holder = readListedHolder(document, post);
  seen.set(post, holder);
  return holder;
}
const listedHolders = new WeakMap<SourceDocument, Map<string, string | undefined>>();

function readListedHolder(document: SourceDocument, post: string): string | undefined {
  const text = document.text.length > NAMED_TEXT_MAX ? document.text.slice(0, NAMED_TEXT_MAX) : document.text;
  const re = new RegExp(String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){1,3}[^\S\n]*(?:\(|,|[^\S\n][-–—])[^\S\n]*(?:the[^\S\n]+)?${post[0].toUpperCase()}${escapeRegExp(post.slice(1))}(?![\p{L}-])(?![^\S\n]+(?:of|for)\b)`, 'gu');
  const found = new Set<string>();
  for (const m of text.matchAll(re)) {
    // (The listed person's words without letters after the name: "Helen Ashcombe KC (Chair)".)
    let words = m[0].replace(/[^\S\n]*(?:\(|,|[^\S\n][-–—])[\s\S]*$/u, '').split(/\s+/);
    while (words.length > 1 && /^\p{Lu}{2,4}$/u.test(words[words.length - 1])) words.pop();
    // (A body's name before the post is the end of the line's person's entry: "- Helen Marsh, Head of Environmental
    // Health and Licensing, Wendmoor District Council (Chair)" is Helen Marsh's.)
    if (LISTED_BODY_END.test(words[words.length - 1])) {
      const line = text.slice(text.lastIndexOf('\n', m.index!) + 1, m.index!);
      const person = /^[^\S\n]*(?:[-*•][^\S\n]+)?(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?[^\S\n]+)?(\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){1,2}),/u.exec(line);
      if (!person) continue;
      words = person[1].split(/\s+/);
    }
    found.add(words[words.length - 1].toLowerCase());
    if (found.size > 1) break;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Whether a document lists a person with a post in brackets or after a comma: "Councillor Martin Deverell (Cabinet
 * Member for Environment and Climate)", "Helen Ashcroft, Head of Waste".
 */
function listedWithPost(document: SourceDocument, person: readonly string[], post: string): boolean {
  const last = person[person.length - 1];
  const words = post.replace(/^the\s+/i, '').trim();
  if (!last || last.length < 3 || words.split(/\s+/).length < 2) return false;
  // (Read once per document, person and post.)
  const key = `${last}\u0000${words.toLowerCase()}`;
  let seen = listedPosts.get(document);
  if (!seen) listedPosts.set(document, (seen = new Map()));
  const known = seen.get(key);
  if (known !== undefined) return known;
  const re = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(last)}(?![\p{L}'’-])\s*(?:\(|,)\s*(?:the\s+)?${words.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`)}\b`, 'iu');
  const text = document.text;
  const found = re.test(text.length > NAMED_TEXT_MAX ? text.slice(0, NAMED_TEXT_MAX) : text);
  seen.set(key, found);
  return found;
}
const listedPosts = new WeakMap<SourceDocument, Map<string, boolean>>();

/** The posts a document gives people (`officeHolders`), by document; none for a text over `NAMED_TEXT_MAX`. */
const documentHolders = new WeakMap<SourceDocument, OfficeHolder[]>();

/** The posts a document gives people, read once per document. */
function holdersOf(document: SourceDocument): OfficeHolder[] {
  let holders = documentHolders.get(document);
  if (!holders) documentHolders.set(document, (holders = OFFICE_HEAD.test(document.text) ? officeHolders(document.text) : []));
  return holders;
}

/**
 * Whether the person a source names as a quotation's speaker holds the post a draft gives as its speaker: `same`
 * true when the source gives them that post; false when it gives them another post and the draft's post to someone
 * else (then `post` is the speaker's own post, as written); undefined when it tells neither.
 */
function postHolder(document: SourceDocument, role: readonly string[], speaker: readonly string[]): { same: boolean; post?: string } | undefined {
  const head = role[role.length - 1];
  if (!head || BODY_HEADS.has(head) || document.text.length > NAMED_TEXT_MAX) return undefined;
  const holders = holdersOf(document);
  const post = role.join(' ');
  const bare = (office: string) => office.split(' of ')[0];
  const holds = (h: OfficeHolder) => sameOffice(post, bare(h.office));
  const theirs = (h: OfficeHolder) => h.names.some((n) => speaker.includes(n));
  if (holders.some((h) => holds(h) && theirs(h))) return { same: true };
  const own = holders.filter((h) => theirs(h));
  if (!own.length || !holders.some((h) => holds(h) && !theirs(h))) return undefined;
  return { same: false, post: own[0].title };
}

/**
 * Whether a named person holds the post a source gives a quotation's speaker: true when the source gives them that
 * post, false when it gives it only to others; undefined when nobody has it (or the post is a body's).
 */
function postHeld(document: SourceDocument, role: readonly string[], speaker: readonly string[]): boolean | undefined {
  const head = role[role.length - 1];
  if (!head || BODY_HEADS.has(head) || document.text.length > NAMED_TEXT_MAX) return undefined;
  const holders = holdersOf(document);
  const post = role.join(' ');
  const holding = holders.filter((h) => sameOffice(post, h.office.split(' of ')[0]));
  if (!holding.length) return undefined;
  return holding.some((h) => h.names.some((n) => speaker.includes(n)));
}

/** Common words for one kind of body, any of which a writer may use for the same one ("the firm", "the company"). */
const BODY_KINDS = [
  new Set(['company', 'firm', 'business', 'operator', 'group', 'developer', 'contractor', 'provider']),
  new Set(['council', 'authority']),
  new Set(['trust', 'charity', 'organisation', 'organization']),
  new Set(['police', 'force']),
  new Set(['union', 'branch']),
];

/** Bodies named as a role ("the council said"), which speak through whoever holds their posts. */
const BODY_HEADS = new Set(['council', 'company', 'firm', 'trust', 'authority', 'government', 'ministry', 'department', 'police', 'force', 'service', 'agency', 'board', 'committee', 'club', 'union', 'school', 'university', 'college', 'hospital', 'association', 'party', 'charity', 'group', 'team', 'court', 'panel', 'commission', 'regulator', 'operator', 'airline', 'bank', 'business']);

/**
 * Roles of the public a source gives words to without a name: a person the same source names is not one of them
 * unless it says so. (Not officials, whose words a source may leave unnamed though it names them elsewhere.)
 */
const UNNAMED_ROLES = new Set(['parent', 'mother', 'father', 'resident', 'neighbour', 'neighbor', 'witness', 'passer-by', 'bystander', 'onlooker', 'passenger', 'pupil', 'student', 'customer', 'shopper', 'fan', 'supporter', 'patient', 'visitor', 'local', 'villager', 'commuter', 'motorist', 'tenant', 'relative', 'volunteer']);

/** Documents' texts read for names, at most this many characters (a source is bounded; so is this walk). */
const NAMED_TEXT_MAX = 2_000_000;

/**
 * Whether a document names the person (their last name word, capitalised) and never describes them as the role in
 * the same sentence ("Jane Holt, a parent of two, said").
 */
function namedOtherwise(text: string, tokens: readonly string[], role: string): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.length < 2) return false;
  const escaped = escapeRegExp(last);
  const re = new RegExp(String.raw`(?<![\p{L}'’-])${escaped}(?![\p{L}'’-])`, 'giu');
  const roleWord = new RegExp(String.raw`(?<![\p{L}-])${role}s?(?![\p{L}-])`, 'iu');
  const body = text.length > NAMED_TEXT_MAX ? text.slice(0, NAMED_TEXT_MAX) : text;
  let named = false;
  for (const m of body.matchAll(re)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    named = true;
    // The rest of the sentence the name is in (and the words before it on that line: "a parent, Jane Holt, said").
    const before = body.slice(Math.max(0, m.index! - 60), m.index!).split(/[.!?]\s|\n/).pop() ?? '';
    const after = body.slice(m.index! + m[0].length, m.index! + m[0].length + 120).split(/[.!?](?:\s|$)|\n/)[0];
    if (roleWord.test(before) || roleWord.test(after)) return false;
  }
  return named;
}

/** Posts written by their initials, each with the offices they stand for (as `officeHolders` reads them). */
const POST_INITIALS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ceo', ['chief executive', 'chief executive officer']],
  ['cfo', ['chief financial officer', 'chief finance officer', 'finance director']],
  ['coo', ['chief operating officer', 'chief operations officer']],
  ['cto', ['chief technology officer', 'chief technical officer']],
  ['cio', ['chief information officer']],
  ['md', ['managing director']],
]);

/** Posts written capitalised in place of a name ("The Dean said", "the Chancellor told MPs"). */
// (And a party a decision names by its part, "the Athlete", "the Respondent", a defined term for a named person.)
const POST_NAMES = new Set(['athlete', 'claimant', 'respondent', 'appellant', 'applicant', 'defendant', 'complainant', 'registrant', 'licensee', 'employee', 'employer', 'player', 'member', 'dean', 'bishop', 'archbishop', 'chancellor', 'mayor', 'governor', 'president', 'chairman', 'chairwoman', 'chair', 'convener', 'convenor', 'moderator', 'treasurer', 'clerk', 'minister', 'secretary', 'director', 'commissioner', 'provost', 'principal', 'rector', 'vicar', 'headteacher', 'coroner', 'judge', 'speaker', 'premier', 'chief', 'leader', 'captain', 'coach', 'manager', 'sheriff', 'warden', 'superintendent']);

/** `speechAt`, remembered in `memo` when one is given. */
function speechAtMemo(memo: AttributionMemo | undefined, document: SourceDocument, passage: Passage, wordsAt: Span): Speech {
  if (!memo) return speechAt(document, passage, wordsAt);
  const key = `s\u0000${document.id}\u0000${passage.span.start}\u0000${passage.span.end}\u0000${passage.paragraph.start}\u0000${passage.paragraph.end}\u0000${wordsAt.start}\u0000${wordsAt.end}`;
  let speech = memo.get(key) as Speech | undefined;
  if (!speech) memo.set(key, (speech = speechAt(document, passage, wordsAt)));
  return speech;
}

function speechAt(document: SourceDocument, passage: Passage, wordsAt: Span): Speech {
  const speech = speechOf(document, passage, wordsAt);
  return speech.kind === 'attributed' ? { ...speech, document } : speech;
}

function speechOf(document: SourceDocument, passage: Passage, wordsAt: Span): Speech {
  // Words inside quotation marks in the source are someone's quote even in a transcript turn ("… is what one
  // former guard told us"): their speaker is the source's own attribution.
  const paragraph = passage.paragraph;
  const quote = paragraph.end - paragraph.start <= 5000 ? findQuotes(document.text, paragraph).find((q) => q.inner.start <= wordsAt.start && q.inner.end >= wordsAt.end && q.inner.end > q.inner.start) : undefined;
  const quoted = quote !== undefined;
  const place = placeAt(document, wordsAt.start);
  if (place.speaker && !quoted) return { kind: 'speaker', speaker: place.speaker, speakers: document.meta?.speakers ?? [] };
  if (!quoted && document.meta?.segments?.some((s) => s.speaker !== undefined)) return { kind: 'unknown' };
  // Words of a quotation: the attribution right before it (Walliams said: "…") or right after it ("…," he said),
  // whatever other attributions the paragraph has.
  if (quote && paragraph.end - paragraph.start <= 2000) {
    const text = document.text;
    const adjacent = findAttributions(text.slice(paragraph.start, paragraph.end), paragraph.start, [quote.inner]).filter(
      (a) =>
        // (A name in apposition, its comma before the verb: "The Cabinet Member for Highways and Transport, Councillor
        // Rosalind Achebe-Hart, said: “…”".)
        // (Or with the post after the name: "Dr Miriam Oduya, Chief Executive, said: “…”".)
        // (Or what they said, in a few words, before a colon: "Ms Sandhu said there would be no bill reduction: “…”".)
        // (Or a post in lower case: "Councillor Anne Marlowe, leader of the Liberal Democrat group, said: “…”".)
        (a.span.end <= quote.inner.start && /^(?:,[^\S\n]*(?:\p{Lu}[\p{L}'’ -]{0,40}|\p{Ll}[\p{L}'’ -]{0,60})(?=,))?,?(?:[\s\p{L}]{0,30}[:,]?|[\s\p{L}'’-]{0,70}:)\s*["“‘']?$/u.test(text.slice(a.span.end, quote.inner.start))) ||
        (a.span.start >= quote.inner.end && /^["”’']?\s*,?\s*["”’']?[\s\p{L}]{0,30}$/u.test(text.slice(quote.inner.end, a.span.start))),
    );
    // (Minutes name people by their initials, "NQ said: “…”", after a list of those there, "Nadeem Qureshi (head of
    // …)": the one person the document names with them.)
    if (adjacent.length === 1) return { kind: 'attributed', attribution: personByInitials(text, adjacent[0]) };
    // A quotation that opens its paragraph after one that ends "said:" (a press release's "Dr Helen Marsh, chief
    // economist at the FSE, said:" over a block quote), or after paragraphs of the same quotation.
    // So does the lead-in of its own paragraph when findAttributions reads none there ("Professor Mark Ellery, head
    // of the Department of Archaeology, said: “…”").
    if (!adjacent.length) {
      const lead = text.slice(paragraph.start, quote.open);
      // A notes' label in capitals right before the quotation ("CRANE: “He accepts it was his dog …”"): the person
      // the document names with that surname ("Mr Oliver Crane").
      // (Or initials, "AK: “…”", in notes that list who was there: "Dr Alan Keogh   Club historian".)
      const label = LABEL_LEAD.exec(lead) ?? INITIALS_LEAD.exec(lead);
      const labelled = label ? (surnamed(text, label[1]) ?? initialled(text, label[1])) : undefined;
      if (labelled) return { kind: 'attributed', attribution: labelled };
      // (A lead-in line of the person and their post alone, the quotation on the next line of the paragraph:
      // "**Gillian Harte, Lifeboat Operations Manager, Skelwick Bay Lifeboat Station:**".)
      const opener = /^\s*$/.test(lead) ? openingAttribution(text, paragraph.start) : (/\n\s*$/.test(lead) ? speakerLine(lead.replace(/\s+$/, ''), paragraph.start) : undefined) ?? openerOf(lead.replace(/\s+$/, ''), paragraph.start);
      if (opener) return { kind: 'attributed', attribution: opener };
      // A block quotation signed on the line after it ("“The safety of the people … .”" over "— Dr Miriam
      // Achterberg, Chief Quality Officer, Kestrel Automotive"), when the quotation ends its paragraph.
      if (/^\s*$/.test(lead) && /^[\s"”’'.]*$/.test(text.slice(quote.inner.end, paragraph.end))) {
        const signed = signature(text, paragraph.end);
        if (signed) return { kind: 'attributed', attribution: signed };
      }
      // "He added: “…”" / "“…,” she said": the person the pronoun stands for, when the text before says who.
      const windowStart = Math.max(paragraph.start, quote.open - 60);
      const pronounBefore = PRONOUN_BEFORE.exec(text.slice(windowStart, quote.open));
      if (pronounBefore || PRONOUN_AFTER.test(text.slice(quote.inner.end, Math.min(paragraph.end, quote.inner.end + 40)))) {
        const antecedent = antecedentOf(text, paragraph, pronounBefore ? windowStart + pronounBefore.index : quote.open);
        if (antecedent) return { kind: 'attributed', attribution: antecedent };
      }
      // "“Nobody is asking the university to ignore its finances,” I said in a statement …": in a letter, its
      // signer's words ("Yours sincerely,\n\nSarah Pennington").
      if (FIRST_PERSON_BEFORE.test(text.slice(windowStart, quote.open)) || FIRST_PERSON_AFTER.test(text.slice(quote.inner.end, Math.min(paragraph.end, quote.inner.end + 40)))) {
        const signer = signerOf(text);
        if (signer) return { kind: 'attributed', attribution: signer };
      }
      // A quotation that goes on after the attribution of the one before it ("“These are impressive numbers …,”
      // she said. “We don't yet know what this drug will cost …”"): the same speaker's.
      const before = findQuotes(text, paragraph).filter((q) => q.inner.end <= quote.open && q.inner.end > q.inner.start);
      const previous = before[before.length - 1];
      if (previous && CONTINUED.test(text.slice(previous.inner.end, quote.open))) {
        const speech = speechAt(document, passage, previous.inner);
        if (speech.kind === 'attributed') return speech;
      }
    }
  }
  // A paragraph of notes that opens with who speaks, in capitals ("MRS MARCHBANK: Mr Venn, we have listened …",
  // "MARGARET ELLISON (Chair, Fenby Parish Council): For a lot of people …"): their words, in a document with no
  // transcript's turns.
  if (!quote && !document.meta?.segments?.length) {
    // (The last label of a line before the words: a heading and a rule may share the paragraph, "PRESIDING JUSTICE\n
    // ----\nMRS MARCHBANK: …".)
    const before = document.text.slice(Math.max(paragraph.start, wordsAt.start - 2000), wordsAt.start);
    let turn: RegExpExecArray | undefined;
    for (const m of before.matchAll(LABELLED_TURN)) turn = m;
    if (turn && !LABEL_WORDS.has(turn[1].toLowerCase())) {
      const name = turn[1].toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
      return { kind: 'attributed', attribution: nameAttribution(name, wordsAt.start - before.length + turn.index! + turn[0].indexOf(turn[1])) };
    }
  }
  // The attribution of the source's own sentence, when it has exactly one.
  const sentence = document.text.slice(passage.span.start, passage.span.end);
  let found = findAttributions(sentence, passage.span.start, [wordsAt]);
  // (A sentence whose own subject finds or notes what follows is no one else's words: "The Ombudsman accepts that
  // this may have contributed, but notes that the landlord did not explain the delay", after "The landlord told the
  // Ombudsman that …".)
  if (found.length === 0 && OWN_FINDING.test(sentence)) return { kind: 'unknown' };
  if (found.length === 0) {
    // (Of a list, the passage's own item: "- Home Office pathologist Dr Fiona Gale: two stab wounds. Fatal wound to the
    // chest …" is not what the next item's "Thornbury told the jury Okafor had “squared up”" gives to him.)
    const item = listItem(document.text, passage);
    const paragraph = document.text.slice(item.start, item.end);
    // (Nor the speaker of a quotation in another sentence, whose words are the quotation's: "The estimated cost of
    // the damage … is £9.2 million. … Operations director Colin Barraclough said: “We expect …”".)
    // (Nor a speaker before a post that speaks after them: "Cllr Haskins asked … The Deputy Chief Constable said there
    // had been no individual misconduct. … He said only 11 of the 19 handlers …".)
    // (Nor a speaker of a later sentence who reports words of their own: "… warning that ending patrols … would “leave
    // the busiest part of the evening uncovered”. Mrs Hammett told the inquest that the letter had been considered".)
    const laterOwnSpeech = (a: Attribution) => a.span.start > wordsAt.end && /[.!?]["”’]?\s/.test(document.text.slice(wordsAt.end, a.span.start)) && /^\s+(?:\p{Ll}+\s+)?(?:told|said|says|added|explained|accepted|agreed|confirmed)\b[^.;:"“]{0,40}?\bthat\b/u.test(document.text.slice(a.span.end, a.span.end + 80));
    if (paragraph.length <= 2000) found = findAttributions(paragraph, item.start, [wordsAt]).filter((a) => !QUOTATION_AFTER.test(document.text.slice(a.span.end, a.span.end + 80)) && !(a.span.end <= wordsAt.start && POST_SPEAKS.test(document.text.slice(a.span.end, wordsAt.start))) && !laterOwnSpeech(a));
  }
  if (found.length === 1) return { kind: 'attributed', attribution: personByInitials(document.text, found[0]) };
  // A quotation in a speaker's turn that nothing in its paragraph gives to anyone (no verb of saying outside it): the
  // speaker's own words set off ("… and I cannot support that. “Reform that weakens the renter is not reform at
  // all.”" in a member's speech), not someone else's ("A diver once told me, “the reef is a slow animal”").
  if (found.length === 0 && place.speaker && quote && paragraph.end - paragraph.start <= 2000) {
    // (The speaker's own verb is theirs: "Can I just say, for the record, that … “the people of Thornby Marsh will
    // remember …”".)
    const around = (document.text.slice(paragraph.start, quote.open) + ' ' + document.text.slice(quote.close, paragraph.end)).replace(FIRST_PERSON_SAYING, ' ');
    if (!ANY_SPEECH_VERB.test(around)) return { kind: 'speaker', speaker: place.speaker, speakers: document.meta?.speakers ?? [] };
  }
  return { kind: 'unknown' };
}

/** A sentence that opens with its subject and a verb of finding or noting, and "that": "The Ombudsman accepts that". */
const OWN_FINDING = /^\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:The|the)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:(?:also|further|therefore)\s+)?(?:notes?|noted|accepts?|accepted|finds?|found|considers?|considered|concludes?|concluded|observes?|observed|records?|recorded|is\s+satisfied|was\s+satisfied)\s+that\b/u;

/** The rest of an attribution that opens a quotation: "Colin Barraclough said: “…" (an apposition between). */
const QUOTATION_AFTER = /^(?:,[^,.;:"“”]{1,60},)?\s+[\p{Ll}\s]{0,30}?[:,]\s*["“]/u;

/** A list's bullet at a line's start ("- ", "* ", "• ", "3. "). */
const BULLET_LINE = /\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+/g;

/** The list item of a paragraph that holds the passage, or the whole paragraph when it is no list. */
function listItem(text: string, passage: Passage): Span {
  const { start, end } = passage.paragraph;
  let from = start;
  let to = end;
  BULLET_LINE.lastIndex = start;
  for (let m = BULLET_LINE.exec(text); m && m.index < end; m = BULLET_LINE.exec(text)) {
    if (m.index < passage.span.start) from = m.index + 1;
    else if (m.index >= passage.span.end) {
      to = m.index;
      break;
    }
  }
  return from === start && to === end ? passage.paragraph : { start: from, end: to };
}

/** A paragraph's label of who speaks, in capitals, with a bracketed post and a colon: "MRS MARCHBANK: ". */
const LABELLED_TURN = /(?:^|\n)[ \t]*((?:(?:MR|MRS|MS|MISS|DR|CLLR|SIR|DAME|JUDGE|PROF)\.?[ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){0,3})(?:[ \t]*\([^)\n]{1,80}\))?:[ \t]/gu;

/** A speaker's own verb of saying: "I just say", "we have said", "I'd say". */
const FIRST_PERSON_SAYING = /\b(?:I|we|I'd|we'd|I'll|we'll|I've|we've)\s+(?:[\p{Ll}']+\s+){0,2}?(?:say|said|tell|told|add|added|stress|stated?|warn|warned|repeat|repeated)\b/giu;

/** Labels of notes that are no one's name ("NOTE:", "Update:"). */
const LABEL_WORDS = new Set(['note', 'notes', 'update', 'source', 'sources', 'quote', 'quotes', 'comment', 'reaction', 'statement', 'summary', 'background', 'context', 'status', 'action', 'agreed', 'decision', 'outcome', 'result', 'verdict', 'sentence', 'plea', 'charge', 'charges', 'dog', 'item', 'appendix', 'annex', 'table', 'figure', 'section', 'part', 'headline', 'standfirst', 'caption', 'pics', 'desk', 'slug', 'ends']);

/**
 * A label and a colon right before a quotation: a surname in capitals at its line's start ("CRANE: “…”"), or a first
 * name or surname after a sentence on its line, as a diary writes it ("… inside at once. Martin: “We'll take …”").
 */
const LABEL_LEAD = /(?:^|\n|[.!?]["”’']?[ \t]+)[ \t]*(\p{Lu}(?:[\p{Lu}'’-]{2,}|\p{Ll}[\p{Ll}'’-]+))[ \t]*:[ \t]*$/u;

/** Courtesy titles before a full name in a source ("Mr Oliver Crane", "Cllr Gareth Pryce"), and one at a name's start. */
const COURTESY_TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Judge|Cllr|Councillor)`;
const COURTESY_BEFORE = new RegExp(String.raw`^${COURTESY_TITLE}\.?\s+`);
/** Characters of a document read for the full name of a label (`surnamed`). */
const SURNAME_READ = 200_000;

/**
 * The person a document names with a surname written in capitals ("CRANE": "Mr Oliver Crane"), or with a first name
 * ("Martin": "Martin Ashdown (CEO)"), when one person.
 */
function surnamed(text: string, label: string): Attribution | undefined {
  const surname = label[0] + label.slice(1).toLowerCase();
  if (LABEL_WORDS.has(surname.toLowerCase())) return undefined;
  const found = new Map<string, number>();
  const read = text.length > SURNAME_READ ? text.slice(0, SURNAME_READ) : text;
  const re = new RegExp(String.raw`(?<![\p{L}])((?:${COURTESY_TITLE}\.?[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+${escapeRegExp(surname)})(?![\p{L}])`, 'gu');
  for (const m of read.matchAll(re)) if (!found.has(m[1])) found.set(m[1], m.index!);
  if (!found.size && label !== label.toUpperCase()) {
    const first = new RegExp(String.raw`(?<![\p{L}])(${escapeRegExp(surname)}[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])`, 'gu');
    for (const m of read.matchAll(first)) if (!found.has(m[1])) found.set(m[1], m.index!);
    if (found.size !== 1) return undefined;
  }
  // (One person: every mention ends the same full name, "Oliver Crane" within "Mr Oliver Crane".)
  const names = [...found.keys()].sort((a, b) => b.length - a.length);
  if (!names.length || !names.every((n) => names[0].endsWith(n.replace(COURTESY_BEFORE, '')))) return undefined;
  return nameAttribution(names[0], found.get(names[0])!);
}

/** Initials as a notes' label before a quotation: "AK: “We have been here before …”". */
const INITIALS_LEAD = /(?:^|\n|[.!?]["”’']?[ \t]+)[ \t]*(\p{Lu}{2,3})[ \t]*:[ \t]*$/u;

/**
 * The person a document names whose initials are the label ("AK": "Dr Alan Keogh", "MO": "Margaret Oyelaran"; a
 * courtesy title is no initial), when one person has them.
 */
function initialled(text: string, label: string): Attribution | undefined {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return undefined;
  const read = text.length > SURNAME_READ ? text.slice(0, SURNAME_READ) : text;
  const words = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
  // (Tried at every capitalised word, so a name after another capitalised word is found: "Chair Margaret Oyelaran".)
  const named = new RegExp(String.raw`(${words}(?:[ \t]+${words}){${label.length - 1}})(?![\p{L}])`, 'uy');
  const found = new Map<string, number>();
  for (const w of read.matchAll(/(?<![\p{L}'’-])\p{Lu}/gu)) {
    if (w[0] !== label[0]) continue;
    named.lastIndex = w.index!;
    const m = named.exec(read);
    if (!m || COURTESY_BEFORE.test(m[1])) continue;
    const initials = m[1].split(/[ \t]+/).map((x) => x[0]).join('');
    if (initials === label && !found.has(m[1])) found.set(m[1], w.index!);
  }
  if (found.size !== 1) return undefined;
  const [[name, at]] = found;
  return nameAttribution(name, at);
}

/** An attribution by initials ("RS noted that …") as the one person the document names with them; else itself. */
function personByInitials(text: string, attribution: Attribution): Attribution {
  const person = /^\p{Lu}{2,3}$/u.test(attribution.mention) ? initialled(text, attribution.mention) : undefined;
  // (A person's, not a body's: "ICB said" is the ICB, whatever "Integrated Care Board" it stands for.)
  return person && !BODY_HEADS.has(person.tokens[person.tokens.length - 1]) ? person : attribution;
}

/** A signature line: a dash and a name, then a comma, a bracket or the line's end ("— Dr Miriam Achterberg, Chief …"). */
const SIGNATURE = new RegExp(String.raw`^[ \t]*(?:[—–]|--?)[ \t]*(?<m>${NAME})(?=[ \t]*(?:[,(]|\n|$))`, 'u');

/** A subject and a verb of saying right before a quotation ("He added:", "I said"), its opening mark excluded. */
// (After a clause of when, in small letters, and with the verb's object: "When we spoke on Monday he told me:".)
const saidBefore = (subject: string) =>
  new RegExp(String.raw`(?:(?:^|[.!?”"]\s+)${subject}|\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Ll]ater)\b[^.!?;:“”"]{0,50}?\s${subject.toLowerCase()})\s+${ADVERB}${VERB}(?:\s+(?:me|us|him|her|them|reporters|councillors|members|MPs|the\s+(?:committee|court|meeting|inquest|hearing|panel|council|board|jury|tribunal|inquiry|cabinet)))?\s*[:,]?\s*$`, 'u');
/** A subject and a verb of saying right after a quotation's words (", she said", "” I told …"). */
const saidAfter = (subject: string) => new RegExp(String.raw`^[,.!?]?["”’']?\s*,?\s*${subject}\s+${ADVERB}${VERB}\b`, 'u');
const FIRST_PERSON_BEFORE = saidBefore('I');
const FIRST_PERSON_AFTER = saidAfter('I');
/** A letter's close and the name under it: "Yours sincerely,\n\nSarah Pennington". */
const SIGN_OFF = new RegExp(String.raw`(?:Yours\s+(?:sincerely|faithfully|truly)|(?:Kind|Best|Warm|With\s+best)\s+regards|Regards)[ \t]*,?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?<m>${NAME})(?=[ \t]*(?:[,(]|\n|$))`, 'u');
/** A document's author naming themselves at a line's start: "I am Helen Brierley, Senior Coroner", "My name is …". */
const SELF_NAMED = new RegExp(String.raw`(?:^|\n)[ \t]*(?:I\s+am|My\s+name\s+is)\s+(?<m>${NAME})(?=[ \t]*(?:[,.(]|\n|$))`, 'u');
/** How far from a document's end its letter's sign-off is looked for. */
const SIGN_OFF_REACH = 2000;

/** The one who signs a letter (`SIGN_OFF` near the document's end), as an attribution; undefined for no letter. */
function signerOf(text: string): Attribution | undefined {
  const from = Math.max(0, text.length - SIGN_OFF_REACH);
  const m = SIGN_OFF.exec(text.slice(from));
  if (m?.groups) return nameAttribution(m.groups.m, from + m.index + m[0].length - m.groups.m.length);
  // (Or the author a report's opening names: "I am Helen Brierley, Senior Coroner for …", a coroner's "I told the
  // family".)
  const own = SELF_NAMED.exec(text.slice(0, SIGN_OFF_REACH));
  return own?.groups ? nameAttribution(own.groups.m, own.index + own[0].length - own.groups.m.length) : undefined;
}

/** The person who signs the quotation that ends at `end`: a signature on the next non-blank line (`SIGNATURE`). */
function signature(text: string, end: number): Attribution | undefined {
  const after = /^[ \t]*\n(?:[ \t]*\n)*/.exec(text.slice(end, end + 200));
  const at = end + (after ? after[0].length : 0);
  const m = SIGNATURE.exec(text.slice(at, at + 200));
  if (!m?.groups) return undefined;
  return nameAttribution(m.groups.m, at + m[0].length - m.groups.m.length);
}

/** Between two quotations: the first one's attribution and the end of its sentence only ("” she said. “"). */
const CONTINUED = new RegExp(String.raw`^["”’']?\s*[,.!?]?\s*["”’']?\s*[^.!?"“”:;]{0,80}?\b${VERB}\b[^.!?"“”:;]{0,60}[.]\s*$`, 'u');

/** "He added:" or "She said" right before a quotation; ", she said" / "” he added." right after its words. */
const PRONOUN_BEFORE = saidBefore('(?:He|She)');
const PRONOUN_AFTER = saidAfter('(?:he|she)');

/**
 * The person a "he" or "she" that attributes a quotation stands for: the one person the text before it in the
 * paragraph names (a speaker's attribution there, else the one full name of a person: "Among the participants was
 * retired teacher Margaret Ellison, 71, from Shrewsbury. She said: “…”"), or, when the paragraph names nobody before
 * it, the one speaker of the paragraph before ("Dr Martin Okafor … said: “…”" / "He added: “…”"). Undefined when
 * that is not one person: a pronoun is never guessed.
 */
/** A speech verb of another speaker and "that" before a clause: "She said that the ICB had concluded". */
const REPORTED_BY_ANOTHER = /\b(?:said|told\s+(?:\p{L}+\s+){1,3}?|added|explained|stated|confirmed|reported)\s+that\s+(?:\p{L}+\s+){0,3}$/u;

function antecedentOf(text: string, paragraph: Span, before: number): Attribution | undefined {
  const one = (found: readonly Attribution[]) => {
    const names = found.filter((a) => a.kind === 'name');
    return names.length > 0 && names.every((a) => a.tokens.some((t) => names[0].tokens.includes(t))) ? names[names.length - 1] : undefined;
  };
  const inParagraph = text.slice(paragraph.start, before);
  if (inParagraph.trim()) {
    if (inParagraph.length > 1000) return undefined;
    // (Not a speaker of speech another reports: "Dr Marwood introduced the report. She said that the ICB had
    // concluded …. She told the committee: “…”" is Dr Marwood's.)
    const said = findAttributions(inParagraph, paragraph.start).filter((a) => !REPORTED_BY_ANOTHER.test(/[^.!?]*$/.exec(text.slice(paragraph.start, a.span.start))![0]));
    // (Not past a post that speaks after the last name that does: "Cllr Haskins asked …. The Deputy Chief Constable
    // said there had been no individual misconduct. “…,” he said" is the Deputy Chief Constable's.)
    if (said.length && POST_SPEAKS.test(inParagraph.slice(said[said.length - 1].span.end - paragraph.start))) return undefined;
    if (said.length) return one(said);
    return personIn(inParagraph, paragraph.start);
  }
  // The paragraph before (a blank line or a line break between the two).
  const previous = text.slice(Math.max(0, paragraph.start - 1200), paragraph.start).replace(/\s+$/, '');
  const start = Math.max(previous.lastIndexOf('\n\n'), previous.lastIndexOf('\n')) + 1;
  const prior = previous.slice(start);
  // (Not a piece of a paragraph longer than the window.)
  if (!prior.trim() || (start === 0 && paragraph.start > 1200)) return undefined;
  const priorStart = Math.max(0, paragraph.start - 1200) + start;
  const said = findAttributions(prior, priorStart);
  if (said.length) return one(said);
  // A lead-in with an apposition without an article ("Dr Martin Okafor, Director of Conservation at the Trust, said:").
  const open = prior.search(/["“]/);
  if (open > 0) return openerOf(prior.slice(0, open).replace(/\s+$/, ''), priorStart);
  // A paragraph that is a quotation itself: its speaker, from the line that opens it ("Fiona Lockhart, the NCSA's
  // director of enforcement, said:" over "“Our thoughts remain …”", then "She added: “Every provider …”").
  if (open === 0 || /^\s*["“]/.test(prior)) return openingAttribution(text, priorStart);
  return personIn(prior, priorStart);
}

/** The last word of an office's field, which no surname is: "Director of Adult Social Care", "Head of Planning Services". */
const FIELD_END = /\s(?:Care|Services?|Health|Education|Transport|Planning|Finance|Housing|Operations|Resources|Development|Engineering|Highways|Safety|Communities|Environment|Policy|Affairs|Works|Estates|Learning|Skills|Governance|Strategy|Commissioning|Nursing|Medicine|Surgery|Sciences?|Regeneration|Infrastructure|Customers?|People|Standards|Quality|Compliance|Enforcement|Licensing|Property|Procurement|Technology|Digital|Marketing|Communications)$/u;

/** A post that speaks as a sentence's subject, by its title without a name: "The Deputy Chief Constable said". */
// (Or of a field or a body: "The Director of Adult Social Care replied that …".)
const POST_SPEAKS = new RegExp(String.raw`(?:^|[.!?]["”]?\s+)The\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:${OFFICE_WORD}|${POST_WORD}|Constable|Commander|Sergeant)(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*)?\s+${SPEECH}`, 'u');

/**
 * The one person `text` names in full (a first name and a surname: "retired teacher Margaret Ellison, 71"), however
 * often and however written ("Mrs Ellison"), or undefined: none, or more than one.
 */
function personIn(text: string, base: number): Attribution | undefined {
  const people = personNames(text).filter((m) => !NOT_PEOPLE.test(m[0]) && !NOT_A_PERSON_END.test(m[0]));
  if (!people.length) return undefined;
  const surname = (m: RegExpMatchArray) => m[0].split(/\s+/).pop()!;
  if (!people.every((m) => surname(m) === surname(people[0]))) return undefined;
  const full = people.find((m) => !TITLE_WORD.test(m[0])) ?? people[0];
  return nameAttribution(full[0], base + full.index!);
}

/**
 * `PERSON_NAME`'s matches in `text`, each started again at a title inside it: "Head of Planning and Regeneration Dr
 * Priya Nandakumar" names Dr Priya Nandakumar, not "Regeneration Dr Priya".
 */
function personNames(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const pattern = new RegExp(PERSON_NAME.source, PERSON_NAME.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const title = INNER_TITLE.exec(m[0]);
    if (title && title.index > 0) {
      pattern.lastIndex = m.index + title.index + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}
/** A title after a name's first word: " Dr " in "Regeneration Dr Priya". */
const INNER_TITLE = new RegExp(`\\s(?:${TITLES.join('|')})\\.?\\s`, 'iu');

/** A name that starts with a title ("Mrs Ellison"): not the full name when the full one is there too. */
const TITLE_WORD = new RegExp(`^(?:${TITLES.join('|')})\\.?\\s`, 'iu');

/** A person's full name as an article introduces it: a first name and a surname, maybe a middle one. */
// (A surname's parts joined by a hyphen, each capitalised, are one word: "Cllr Rao-Hebden".)
const PERSON_NAME = /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)*){1,2}(?![\p{L}\p{M}])/gu;
/** Capitalised pairs that are no person ("The Trust", "Among This"): a first word that no first name is. */
const NOT_PEOPLE = /^(?:The|A|An|This|That|These|Those|Among|In|On|At|For|From|With|By|Of|And|But|Its|His|Her|Their|Our|Great|National|Royal|North|South|East|West|New|Old|St|Saint)\s/u;
/**
 * Capitalised words that end the name of a body or a place ("Foundation Trust", "Crown Court"), not a person's; so
 * do their possessives ("the loss of Eastvale District Council's £12,000 … grant").
 */
const NOT_A_PERSON_END = /\s(?:Trust|Foundation|University|Hospital|Council|Company|Group|Bank|Party|Office|Services?|Agency|Institute|College|School|Centre|Center|Club|Ministry|Department|Court|Committee|Board|Association|Society|Union|Unit|Authority|Commission|Corporation|Police|Constabulary|Street|Road|Avenue|Lane|Square|Park|Station|Airport|Hall|House|Church|Cathedral|Museum|Library|Festival|Fire|Prize|Award|Cup|League)(?:['’]s?)?$/u;

/** A line of a person and their post alone, ending in a colon: "Gillian Harte, Lifeboat Operations Manager, Skelwick Bay Lifeboat Station:". */
const SPEAKER_LINE = new RegExp(String.raw`^\s*(?<m>${NAME_PART}(?:\s+${NAME_PART}){1,3}),\s+[^:"“”.!?]{2,120}:$`, 'u');

/** A line's Markdown emphasis at its ends as spaces (the offsets kept): "**Gillian Harte, …:**". */
function withoutEmphasis(line: string): string {
  return line.replace(/^(\s*)[*_]{1,3}(?=\p{Lu})|[*_]{1,3}(?=\s*$)/gu, (m) => ' '.repeat(m.length));
}

/** The person of a line of a person and their post alone (`SPEAKER_LINE`), or undefined. */
function speakerLine(line: string, base: number): Attribution | undefined {
  const header = SPEAKER_LINE.exec(withoutEmphasis(line).trimEnd());
  if (!header?.groups || NOT_PEOPLE.test(`${header.groups.m} `) || NOT_A_PERSON_END.test(` ${header.groups.m}`)) return undefined;
  return nameAttribution(header.groups.m, base + header.index + header[0].indexOf(header.groups.m));
}

/**
 * The one attribution of the line that ends "said:" before `start`, over at most three lines that are quotations
 * themselves (the paragraphs of one long quotation), or undefined.
 */
function openingAttribution(text: string, start: number): Attribution | undefined {
  let end = start;
  for (let k = 0; k < 4; k++) {
    const from = Math.max(0, end - 600);
    const before = text.slice(from, end).replace(/\s+$/, '');
    if (!before) return undefined;
    let lineStart = from + before.lastIndexOf('\n') + 1;
    // A hard-wrapped paragraph's lines are one line ("Tomasz Wieczorek, head of … at Kestrel Retail\nInsight, said:"):
    // back to a blank line, a quotation's line or at most four lines, the line breaks read as spaces (same offsets).
    for (let k = 0; k < 4 && lineStart > from; k++) {
      const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      const prior = text.slice(Math.max(previous, from), lineStart - 1);
      if (!prior.trim() || /^\s*["“‘']/.test(prior) || /[.!?:]["”’']?\s*$/.test(prior)) break;
      lineStart = Math.max(previous, from);
    }
    // (A Markdown heading line's emphasis is no word: "**Gillian Harte, Lifeboat Operations Manager:**", as spaces to
    // keep the offsets.)
    const raw = text
      .slice(lineStart, from + before.length)
      .replace(/\n/g, ' ');
    const line = withoutEmphasis(raw).trimEnd();
    if (/:$/.test(line)) {
      // A line that is only a person and their post, as a release sets its quotations under the people who gave them
      // ("Gillian Harte, Lifeboat Operations Manager, Skelwick Bay Lifeboat Station:").
      const header = speakerLine(line, lineStart);
      if (header) return header;
      const found = findAttributions(line, lineStart);
      if (found.length === 1) return SAID_COLON.test(line) ? found[0] : undefined;
      if (found.length) return undefined;
      // "Detective Inspector Rhona Caddick, …, is the senior investigating officer. She said:": the person the
      // paragraph opens with.
      const pronoun = PRONOUN_SAID_COLON.test(line) ? PERSON_OPENING.exec(line) : null;
      if (pronoun) return nameAttribution(pronoun[1], lineStart + pronoun.index + pronoun[0].indexOf(pronoun[1]));
      // A line of only "She added:" under another quotation: that quotation's speaker, from the lines before it.
      if (PRONOUN_LINE.test(line)) {
        end = lineStart;
        continue;
      }
      return openerOf(line, lineStart);
    }
    // A heading that says whose the quotations under it are ("Statement from Marta Kovalenko-Reyes", "Comments from
    // Daniel Okafor, Okafor & Partners").
    const heading = STATEMENT_HEADING.exec(line);
    if (heading?.groups) return nameAttribution(heading.groups.m, lineStart + heading.index + heading[0].length - heading.groups.m.length);
    // A quotation the paragraph before opens after "said:" and leaves open, as a quotation of several paragraphs
    // does ("Helen Waddington, …, said: “Martin Ashdown was trusted … dream of." over "“His former colleagues …”").
    const curly = line.lastIndexOf('“');
    const straight = (line.match(/"/g) ?? []).length % 2 === 1 ? line.lastIndexOf('"') : -1;
    const opened = curly > line.lastIndexOf('”') ? curly : straight;
    if (opened > 0) {
      const lead = line.slice(0, opened).trimEnd();
      if (/:$/.test(lead)) {
        const found = findAttributions(lead, lineStart);
        if (found.length === 1) return SAID_COLON.test(lead) ? found[0] : undefined;
        return found.length ? undefined : openerOf(lead, lineStart);
      }
    }
    if (!/^["“‘']/.test(line.trimStart())) return undefined;
    end = lineStart;
  }
  return undefined;
}

/** The person of a line that opens a quotation with an apposition without an article (`OPENER`), or undefined. */
function openerOf(line: string, base: number): Attribution | undefined {
  const m = OPENER.exec(line) ?? OPENER_ACT.exec(line);
  if (!m?.groups) return undefined;
  const at = m.index! + m[0].indexOf(m.groups.m);
  // An office's body before a name in apposition ("The Leader of the Council, Councillor Sunita Bhatt, said:"): the
  // name is the speaker, not "Council".
  if (OFFICE_BEFORE.test(line.slice(Math.max(0, at - 40), at)) || OFFICE_PHRASE_BEFORE.test(line.slice(Math.max(0, at - 120), at))) {
    const apposition = line.slice(at + m.groups.m.length).match(/^,\s*([^,]+?)\s*,/u);
    if (apposition && new RegExp(String.raw`^${NAME}$`, 'u').test(apposition[1])) return nameAttribution(apposition[1], base + at + m.groups.m.length + apposition[0].indexOf(apposition[1]));
  }
  return nameAttribution(m.groups.m, base + at);
}

/** A name's attribution, the name at `at`. */
function nameAttribution(mention: string, at: number): Attribution {
  // (Not a heading's line before the name: "REACTION\nCouncillor Ruth Amesbury, cabinet member …, said:".)
  const heading = HEADING_LINE.exec(mention);
  if (heading && heading[0].length < mention.length) return nameAttribution(mention.slice(heading[0].length), at + heading[0].length);
  return { mention, span: { start: at, end: at + mention.length }, kind: 'name', tokens: nameTokens(mention) };
}
/** A line of capitals before a name (a heading). */
const HEADING_LINE = /^[^\n]*\p{Lu}{3,}[^\n\p{Ll}]*\n\s*/u;

/** Whether any part of a document has a speaker (a transcript's turns): else no place in it has a known speaker. */
function hasSpeakers(document: SourceDocument): boolean {
  let has = speakerDocuments.get(document);
  if (has === undefined) speakerDocuments.set(document, (has = document.meta?.segments?.some((s) => s.speaker !== undefined) ?? false));
  return has;
}
const speakerDocuments = new WeakMap<SourceDocument, boolean>();

function speechName(speech: Speech): string {
  if (speech.kind === 'speaker') {
    const name = speakerName(speech.speaker);
    // A label that is only the role ("INTERVIEWER"): "the interviewer", not "Interviewer (interviewer)".
    if (speech.speaker.role && !speech.speaker.name && name.toLowerCase() === speech.speaker.role.toLowerCase()) return `the ${speech.speaker.role}`;
    return speech.speaker.role ? `${name} (${speech.speaker.role})` : name;
  }
  if (speech.kind !== 'attributed') return 'someone else';
  const { attribution } = speech;
  // (A post: "the judge", as the message says "not the chief inspector".)
  return attribution.indefinite ? `${attribution.indefinite} ${attribution.mention}` : attribution.kind === 'role' ? `the ${attribution.mention}` : attribution.mention;
}

/**
 * What to write instead of the draft's mention: for a one-word surname, the real speaker's word in the same
 * place of their name ("Brennan" → "Okafor" for Amara Okafor); otherwise the full name.
 */
function replacementFor(attribution: Attribution, speech: Speech): string | undefined {
  if (speech.kind === 'speaker') {
    // A transcript label that is no one's name ("DESK", "Q", "SPEAKER 2"): the message says who spoke, but writing
    // "The trader Desk asked" into the draft would be wrong, so no fix.
    if (isGenericLabel(speech.speaker.label)) return undefined;
    const full = speakerName(speech.speaker);
    const words = full.split(/\s+/).filter((w) => !TITLES.includes(w.toLowerCase().replace(/\.$/, '')));
    if (attribution.kind === 'name' && attribution.tokens.length === 1 && words.length > 1) {
      // A Korean-style label ("PARK") names the family name first: keep the labelled word.
      const label = speech.speaker.label.trim();
      if (/^\p{Lu}+$/u.test(label) || !/\s/.test(label)) return speakerName({ label });
      return words[words.length - 1];
    }
    return full;
  }
  // (No person's name for a role the source leaves unnamed: "Mr Ashcroft said" is not mended by "parent said".)
  if (speech.kind !== 'attributed' || (attribution.kind === 'name' && speech.attribution.kind === 'role')) return undefined;
  // A post for a post: "the chief inspector said" becomes "the governor said".
  if (attribution.kind === 'role' && speech.attribution.kind === 'name') {
    const post = speech.document ? postHolder(speech.document, attribution.tokens, speech.attribution.tokens)?.post : undefined;
    return post && /^\p{Ll}/u.test(attribution.mention) ? post.toLowerCase() : post;
  }
  return speech.attribution.mention;
}

/** Transcript labels that name a seat or a role, not a person: a draft never names someone by them. */
const GENERIC_LABELS = new Set([
  'q', 'a', 'desk', 'news desk', 'interviewer', 'interviewee', 'reporter', 'journalist', 'host', 'moderator', 'speaker',
  'unknown', 'unidentified', 'voice', 'narrator', 'audience', 'crowd', 'translator', 'interpreter', 'caller', 'anchor',
]);

export function isGenericLabel(label: string): boolean {
  const l = label.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return GENERIC_LABELS.has(l) || /^(?:speaker|voice|participant|caller|unknown)\s*\d+$/.test(l);
}

// ---------------------------------------------------------------------------------------------------------
// Checking a draft

export interface AttributionInput {
  text: string;
  analysis: DraftAnalysis;
  claims: ClaimResult[];
  quotes: QuoteResult[];
  index: PassageIndex;
  thresholds: Thresholds;
  /**
   * Judges a claim with the options of its first verdict. Used for a claim whose only missing words are who said it
   * and when: it is judged again without them (see `checkAttribution`).
   */
  judge?: (claim: Claim) => ClaimResult;
  /** Remembers the look-ups in the sources between checks on the same index (`ClaimCache.attributionMemo`). */
  memo?: AttributionMemo;
  /** Remembers the attributions found in pieces of the draft between checks of it (`ClaimCache.draftMemo`). */
  draftMemo?: AttributionMemo;
}

/**
 * A memo of what the attribution pass looks up in the sources: where else a quote's words are, who speaks at a
 * place. Both depend on the index alone, so a memo must serve one index version (and be dropped with it).
 */
export interface AttributionMemo {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface AttributionOutput {
  claims: ClaimResult[];
  findings: Finding[];
}

/**
 * The attribution that belongs to a quote: the nearest one in its sentence, else in its paragraph. `memo`
 * remembers the attributions found in a piece of the draft by its text (and its quotes' places in it).
 */
function attributionFor(text: string, analysis: DraftAnalysis, span: Span, claimIndex: number, claims: ClaimResult[], masks: readonly Span[], memo?: AttributionMemo): Attribution | undefined {
  const within = (region: Span): Attribution[] => {
    const inside = masks.filter((m) => m.end > region.start && m.start < region.end);
    const slice = text.slice(region.start, region.end);
    if (!memo) return findAttributions(slice, region.start, inside);
    // Found with offsets from the region's start (findAttributions gives the same with any base), then moved.
    const key = `a\u0000${slice}\u0000${inside.map((m) => `${m.start - region.start},${m.end - region.start}`).join(' ')}`;
    let found = memo.get(key) as Attribution[] | undefined;
    if (!found) memo.set(key, (found = findAttributions(slice, 0, inside.map((m) => ({ start: m.start - region.start, end: m.end - region.start })))));
    return found.map((a) => ({ ...a, span: { start: a.span.start + region.start, end: a.span.end + region.start } }));
  };
  const claim = claimIndex >= 0 ? claims[claimIndex]?.claim : undefined;
  const distance = (a: Attribution) => (a.span.end <= span.start ? span.start - a.span.end : a.span.start >= span.end ? a.span.start - span.end : 0);
  const nearest = (list: Attribution[]) => list.sort((a, b) => distance(a) - distance(b))[0];
  const gap = (a: Attribution) => (a.span.end <= span.start ? text.slice(a.span.end, span.start) : text.slice(span.end, a.span.start));
  /** Nothing between the two but the quotation marks and a comma ("…,” he said"), never the end of a sentence. */
  // (Nor across a quotation of its own: "… launch in 2029. “Storms are not waiting for us,” said Ravindran" gives
  // Ravindran the quotation, not the sentence before it.)
  // (Nor after a quotation that ends with a full stop: "“… while the company's profits climb.” NPTWU general
  // secretary Sharon Whitlock said …" is not Whitlock's.)
  const endsSentence = /\.["”’']?\s*$/.test(text.slice(span.start, Math.min(text.length, span.end + 1)));
  const sameSentence = (a: Attribution) => !/[.!?]["”’']*\s/.test(gap(a)) && !/["”’'][.!?]/.test(gap(a)) && !/["“][^"“”]+["”]/.test(gap(a)) && !(endsSentence && a.span.start >= span.end);
  if (claim) {
    const found = within(claim.span);
    // (One of the quote's own sentence first: "Dr Eleanor Whitfield, said: “… a wrong.” Sir Robin Hale said the
    // board's decision …" in one claim gives the quote to Whitfield.)
    // (Not one after the quote across a conjunction, which opens a clause of its own, where one before it says the
    // quote: "Cllr Denise Holloway said the fee would “clean up a list …”, but Cllr Sunita Rao said it was wrong …".)
    const ownClause = (a: Attribution) => !(a.span.start >= span.end && /\b(?:but|while|whereas|although|though|and|yet)\b/i.test(gap(a)));
    const own = found.filter(sameSentence);
    const inClause = own.filter(ownClause);
    if (found.length) return nearest(inClause.length && inClause.some((a) => a.span.end <= span.start) ? inClause : own.length ? own : found);
  }
  const paragraph = analysis.paragraphs.find((p) => p.start <= span.start && p.end >= span.end);
  if (!paragraph || paragraph.end - paragraph.start > 3000) return undefined;
  // In the paragraph, only an attribution of the quote's own sentence ("… in a decade”. Ruth Pike said the cost …"
  // is not Ruth Pike's).
  // (Not one past the claim's own sentence: "He asked: “So my question is simple: when?” Mr Pennick said …".)
  // (Unless it only says who said it: "“So the council ignored the warnings?” Dr Haddad said.")
  const past = (a: Attribution) => !!claim && a.span.start >= claim.span.end && !ONLY_SAID_AFTER.test(text.slice(a.span.end, a.span.end + 40));
  const found = within(paragraph).filter((a) => distance(a) <= 200 && sameSentence(a) && !past(a));
  if (found.length) return nearest(found);
  // "She added that the firm had “listened carefully …”" / "“…,” he said": the person the pronoun stands for, the
  // one person the paragraph before the sentence (or the paragraph before that) has speak.
  if (!claim) return undefined;
  const lead = text.slice(claim.span.start, span.start - 1);
  const after = text.slice(span.end, claim.span.end);
  if (!DRAFT_PRONOUN_LEAD.test(lead) && !(PRONOUN_AFTER.test(after) && /^\s*["“]/.test(lead))) return undefined;
  // (The one person who speaks in the sentence right before, in the same paragraph, though others spoke earlier:
  // "Chief executive Andrew Pask said: “…” Rachel Ormerod … said it would “…”. She said that …" is Ormerod.)
  const previous = claims[claimIndex - 1]?.claim;
  if (previous && previous.span.start >= paragraph.start) {
    const names = within(previous.span).filter((a) => a.kind === 'name');
    if (names.length && names.every((a) => a.tokens.some((t) => names[0].tokens.includes(t)))) return names[names.length - 1];
  }
  return antecedentOf(text, paragraph, claim.span.start);
}

/** A verb of saying that ends its sentence or clause after a name: " said.", " added, …". */
const ONLY_SAID_AFTER = new RegExp(String.raw`^\s+${ADVERB}${VERB}\s*[.,;!?]`, 'u');

/** A sentence that opens with "He" or "She" and a verb of saying, maybe "that …", up to a quotation: "She added that the firm had". */
const DRAFT_PRONOUN_LEAD = new RegExp(String.raw`^(?:He|She)\s+${ADVERB}${VERB}(?:\s*:|\s*,|\s+that\b[^"“”.!?;]{0,160})?\s*$`, 'u');

function normalizeWords(text: string): string[] {
  return tokenizeWithOffsets(text).map((t) => t.text.toLowerCase().replace(/[’‘`´]/g, "'"));
}

/** Every place in the sources that holds the quote's words verbatim (for a verbatim quote), else its best place. */
function quotePlaces(result: QuoteResult, index: PassageIndex, memo?: AttributionMemo, claimEvidence: readonly Evidence[] = []): { document: SourceDocument; passage: Passage; span: Span }[] {
  const wording = result.sourceWording;
  if (!wording) return [];
  const best = result.evidence[0];
  const places = best ? [{ document: wording.document, passage: best.passage, span: wording.span }] : [];
  if (result.verdict !== 'verbatim' || /\.\.\.|…|\[/.test(result.quote.text)) return places;
  // Also the passages that support the quote's sentence: where the words are said in the story the sentence
  // reports ("Mr Milburn said Labour's slogan would be “…”"), though other stories quoting someone else rank higher.
  const key = `p\u0000${result.quote.text}\u0000${wording.document.id}\u0000${wording.span.start}\u0000${claimEvidence.map((e) => e.passage.id).join(' ')}`;
  let others = memo?.get(key) as Place[] | undefined;
  if (!others) {
    others = otherPlaces(result.quote.text, wording, index, claimEvidence);
    memo?.set(key, others);
  }
  for (const place of others) {
    if (!places.some((p) => p.document.id === place.document.id && p.span.start === place.span.start)) places.push(place);
  }
  return places;
}

type Place = { document: SourceDocument; passage: Passage; span: Span };

/** The places, besides the quote's source wording, that hold its words verbatim (from the quote's best hits). */
function otherPlaces(quote: string, wording: { document: SourceDocument; span: Span }, index: PassageIndex, around: readonly { document: SourceDocument; passage: Passage }[] = []): Place[] {
  const out: Place[] = [];
  const words = normalizeWords(quote);
  if (!words.length) return out;
  const needle = ` ${words.join(' ')} `;
  for (const hit of [...around, ...index.search(quote, { limit: 10 })]) {
    const { document, passage } = hit;
    if (document.id === wording.document.id && passage.span.start <= wording.span.start && passage.span.end >= wording.span.start) continue;
    const region = document.text.slice(passage.paragraph.start, passage.paragraph.end);
    const tokens = tokenizeWithOffsets(region);
    const hay = ` ${tokens.map((t) => t.text.toLowerCase().replace(/[’‘`´]/g, "'")).join(' ')} `;
    const at = hay.indexOf(needle);
    if (at < 0) continue;
    // The token where the match starts gives the offset.
    const before = hay.slice(1, at).split(' ').filter(Boolean).length;
    const first = tokens[before];
    const last = tokens[before + words.length - 1];
    if (!first || !last) continue;
    const span = { start: passage.paragraph.start + first.start, end: passage.paragraph.start + last.end };
    out.push({ document, passage, span });
  }
  return out;
}

const ANY_WEEKDAY = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/;
const WEEKDAY = /\b(?:(on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!['’]s)/g;
const SPEECH_VERB = new RegExp(String.raw`\b(?:${VERB}|announced|published|released|according\s+to)\b`, 'g');
/** `SPEECH_VERB` for a test (without its global flag's state). */
const ANY_SPEECH_VERB = new RegExp(SPEECH_VERB.source, 'i');

/** "said on Monday" in a claim (outside quotes, within a few words of a reporting verb): the weekday and where it is. */
export function speechWeekday(text: string, span: Span, masks: readonly Span[]): { weekday: number; span: Span } | undefined {
  let plain = text.slice(span.start, span.end);
  // Most claims name no weekday: nothing to mask or match.
  if (!ANY_WEEKDAY.test(plain)) return undefined;
  for (const m of masks) {
    const s = Math.max(0, m.start - span.start);
    const e = Math.min(plain.length, m.end - span.start);
    if (e > s) plain = plain.slice(0, s) + ' '.repeat(e - s) + plain.slice(e);
  }
  // (Not a verb that qualifies a figure: "risen from the £27,500 announced on Friday" tells when the figure was given,
  // not when the claim's words were said.)
  const verbs = [...plain.matchAll(SPEECH_VERB)].filter((m) => !/\b(?:the|a|an|its|their|our)\s+(?:[£$€]\s?)?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion|per\s+cent|%))?\s+$/i.test(plain.slice(Math.max(0, m.index! - 30), m.index!))).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (!verbs.length) return undefined;
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(plain); m; m = WEEKDAY.exec(plain)) {
    const before = plain.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:last|next|this|every|each|until|by|since|from|before|after)\s+$/i.test(before)) continue;
    // (Nor a day's name for a kind of trade or service: "scrapping Sunday charging would cost more than £50,000".)
    if (DAY_OF_A_KIND.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const dayStart = m.index + (m[1] ? m[0].length - m[2].length : 0);
    const near = verbs.some((v) => {
      const gap = v.end <= m!.index ? plain.slice(v.end, m!.index) : plain.slice(dayStart + m![2].length, v.start);
      // (Not a verb after "and", whose weekday is another verb's: "She met Professor Whitcombe on Monday and said he had
      // been apologetic".)
      const joined = v.start > m!.index && /\b(?:and|but|then)\b/i.test(gap);
      return gap.length <= 40 && !/[.;:!?]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 5 && !joined;
    });
    if (!near) continue;
    return { weekday: WEEKDAY_NAMES.indexOf(m[2] as (typeof WEEKDAY_NAMES)[number]), span: { start: span.start + dayStart, end: span.start + dayStart + m[2].length } };
  }
  return undefined;
}

/**
 * The words of a role that must be the speaker's: "the trust's medical director" is a medical director (whose
 * trust the header names, not the speaker's role).
 */
function roleWordsOf(role: string): string[] {
  // (Without the small words, which a transcript's list of who spoke leaves out: "senior lecturer in food
  // microbiology at the University of Lowmoor" / "Senior Lecturer in Food Microbiology, University of Lowmoor".)
  return words(role.replace(/[\p{L}\p{N}-]+['’]s?(?=\s|$)/gu, ' ')).filter((w) => !ROLE_SMALL_WORDS.has(w));
}
const ROLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'at', 'of', 'in', 'for', 'on', 'and', 'with', 'to', 'from']);

/** "Okafor, a marine biologist, said": the role in apposition after an attribution, inside the claim's span. */
function appositionRole(text: string, attribution: Attribution, span: Span): Span | undefined {
  const after = /^,\s+(?:an?|the)\s+([^,.;“”"]{1,80}),/u.exec(text.slice(attribution.span.end, span.end));
  if (!after) return undefined;
  const start = attribution.span.end + after[0].length - 1 - after[1].length;
  return { start, end: start + after[1].length };
}

/** Whether a passage asks (ends with a question mark), by passage: every check asks it of every supported claim's evidence. */
const questions = new WeakMap<Passage, boolean>();
function isQuestionPassage(document: SourceDocument, passage: Passage): boolean {
  let asks = questions.get(passage);
  if (asks === undefined) questions.set(passage, (asks = /\?["”’']?\s*$/u.test(document.text.slice(passage.span.start, passage.span.end))));
  return asks;
}

export function checkAttribution(input: AttributionInput): AttributionOutput {
  const { text, analysis, quotes, index, thresholds, memo, draftMemo } = input;
  // Each draft quote with its quotation marks: names inside a quote are not speakers.
  const quoteMasks = analysis.quotes.map((q) => ({ start: q.span.start - 1, end: q.span.end + 1 }));
  let claims = input.claims;
  const findings: Finding[] = [];
  const flaggedClaims = new Set<number>();
  const quotedClaims = new Set(analysis.quotes.map((q) => q.claim));

  // Quotes.
  const confirmed = new Map<number, { quote: QuoteResult; attribution: Attribution }>();
  /** Claims whose verbatim quote someone else said in the sources (the quote carries the finding). */
  const misattributedQuote = new Map<number, { quote: QuoteResult; attribution: Attribution }>();
  quotes.forEach((result, q) => {
    if (result.verdict === 'not-found' || !result.sourceWording) return;
    const attribution = attributionFor(text, analysis, result.quote.span, result.quote.claim, claims, quoteMasks, draftMemo);
    if (!attribution) return;
    const places = quotePlaces(result, index, memo, result.quote.claim >= 0 ? (claims[result.quote.claim]?.evidence ?? []) : []);
    if (!places.length) return;
    const speeches = places.map((p) => ({ place: p, speech: speechAtMemo(memo, p.document, p.passage, p.span) }));
    const verdicts = speeches.map((s) => sameSpeaker(attribution, s.speech));
    if (verdicts.some((v) => v === true) && result.verdict === 'verbatim' && result.quote.claim >= 0) confirmed.set(result.quote.claim, { quote: result, attribution });
    if (verdicts.some((v) => v !== false)) return;
    const real = speeches[0];
    findings.push(misattributed(result.quote.span, attribution, real.speech, real.place.document, real.place.passage, real.place.span.start, { quote: q }));
    if (result.quote.claim >= 0) flaggedClaims.add(result.quote.claim);
    if (result.verdict === 'verbatim' && result.quote.claim >= 0) misattributedQuote.set(result.quote.claim, { quote: result, attribution });
  });

  // A claim whose only missing words are who said it and when ("Okafor, a marine biologist, said on Wednesday the
  // oysters are back"): a transcript states its speakers in its labels, their roles and its date in its header, not
  // in the passages' words, so the verdict counts them as missing. The claim is judged again without them; when the
  // rest is supported by passages whose speakers are all known, it is supported, and the speaker and the day are
  // checked below (another speaker is a misattribution, another day a contradiction). A role given in apposition
  // must be the speaker's role in the transcript. Otherwise the verdict stands: a name or role no source states.
  if (input.judge) {
    const judge = input.judge;
    claims = claims.map((result, c) => {
      if (result.verdict !== 'unsupported' || !result.missing?.length) return result;
      if (quotedClaims.has(c)) return result; // judged through its quote
      const span = result.claim.span;
      const attribution = attributionFor(text, analysis, span, c, claims, quoteMasks, draftMemo);
      if (!attribution || attribution.span.start < span.start || attribution.span.end > span.end) return result;
      const role = appositionRole(text, attribution, span);
      const roleWords = role ? roleWordsOf(text.slice(role.start, role.end)) : [];
      const day = speechWeekday(text, span, []);
      const who = new Set([...words(attribution.mention), ...roleWords, ...(day ? words(text.slice(day.span.start, day.span.end)) : [])]);
      // Who said it must be among the missing words; the rest is judged again without them ("David Rees said the
      // factory will employ about 450 people", where the figure is Marta Okonjo's answer to a question about the
      // factory: the claim's other words are the question's, which the verdict without the name finds).
      if (!result.missing.some((m) => words(m).some((w) => who.has(w)))) return result;
      const rest = withoutSpans(text, result.claim, [attribution.span, ...(role ? [role] : []), ...(day ? [day.span] : [])]);
      if (!rest) return result;
      const judged = judge(rest);
      if (judged.verdict !== 'supported') return result;
      const supporting = judged.evidence.filter((e) => e.score >= thresholds.support);
      if (!supporting.length) return result;
      const speeches = supporting.map((e) => speechAtMemo(memo, e.document, e.passage, { start: e.passage.span.start, end: e.passage.span.start }));
      if (speeches.some((s) => s.kind !== 'speaker')) return result;
      // (With the body the header names: "the council's chief executive" for "Chief Executive, North Brede District Council".)
      const roleStated = (s: Speech) => s.kind === 'speaker' && roleWords.every((w) => words(`${s.speaker.role ?? ''} ${s.speaker.body ?? ''}`).includes(w));
      if (roleWords.length && speeches.some((s) => sameSpeaker(attribution, s) === true && !roleStated(s))) return result;
      return { ...judged, claim: result.claim };
    });
  }

  // Claims with an attribution, supported by passages with known speakers.
  const unstatedRoles = new Map<number, string>();
  claims.forEach((result, c) => {
    if (flaggedClaims.has(c) || result.verdict !== 'supported') return;
    // A question states nothing: the reporter's "Will any jobs go?" is no evidence of who said that none will.
    const supporting = result.evidence.filter((e) => e.score >= thresholds.support && !isQuestionPassage(e.document, e.passage));
    if (!supporting.length || quotedClaims.has(c)) return; // (a quoted claim is judged through its quote)
    // A transcript's speaker labels make a speaker known (`speechAt`); elsewhere, a quotation's attribution does.
    // Most claims stop here, before their attribution is looked for.
    const transcripts = supporting.every((e) => hasSpeakers(e.document));
    if (!transcripts && !REPORTED.test(text.slice(result.claim.span.start, result.claim.span.end))) return;
    const attribution = attributionFor(text, analysis, result.claim.span, c, claims, quoteMasks, draftMemo);
    if (!attribution) return;
    // (Nor passages that name the claim's person, whose speaker tells of them, not as them: "Calderwick had said it
    // would answer questions …, but Ms Keaveney sent her apologies" / the chair's "Ms Keaveney has sent her apologies.
    // Gareth Milburn … is here on behalf of Calderwick".)
    // (A body's one-word name, no person's with a title: "Mr Rendall" may be whom a turn addresses.)
    if (attribution.kind === 'name' && attribution.tokens.length === 1 && /^\p{Lu}[\p{L}'’-]+$/u.test(attribution.mention) && supporting.every((e) => turnNames(e.document, e.passage, attribution.tokens))) return;
    // (A body's records are no one's speech: "according to APHD figures" is not said by whoever in a transcript gives
    // the same figures.)
    if (RECORDS_AFTER.test(text.slice(attribution.span.end, attribution.span.end + 24))) return;
    if (!transcripts) {
      // Words of articles and releases: only when every supporting passage is inside a quotation that its source
      // gives to someone, and to someone else than the claim's person ("Adrian Hollis said the discovery shows …"
      // when the release has "Professor Mark Ellery, head of the Department of Archaeology, said: “This is an
      // exceptional discovery, and it shows …”").
      // The passages that say the claim's words, not only its person's name (their own quote about something else):
      // half of the claim's words outside the attribution at least.
      if (attribution.span.start < result.claim.span.start || attribution.span.end > result.claim.span.end) return;
      // Only when a supporting passage has a quotation mark in its paragraph (most reported claims stop here).
      if (!supporting.some((e) => QUOTE_MARK.test(e.document.text.slice(e.passage.paragraph.start, Math.min(e.passage.paragraph.end, e.passage.paragraph.start + 5000))))) return;
      const rest = words(`${text.slice(result.claim.span.start, attribution.span.start)} ${text.slice(attribution.span.end, result.claim.span.end)}`).filter((w) => w.length > 3 && !/^(?:said|says|told|added|that|this|with|from|have|were|would)$/.test(w));
      if (!rest.length) return;
      const says = (e: Evidence) => {
        const own = new Set(words(e.document.text.slice(e.passage.span.start, e.passage.span.end)));
        return rest.filter((w) => own.has(w)).length >= rest.length / 2;
      };
      const saying = supporting.filter(says);
      // (Words near the passage's end: a sentence that opens a quotation after a long lead-in has its words there;
      // else the words after its first quotation mark, in a sentence that ends with who said them: "“This fire moved
      // faster …,” said Board of Supervisors Chair Helen Marsh.")
      // (The claim's words must be in the sentence of that first quotation, not only before it: "On Monday 3 March I
      // met Rosalind Hayes, chair of the Harlow Valley Passenger Council, to hear passengers' concerns directly. Ms
      // Hayes told me that the reduction … would fall hardest on “older passengers …”" gives the meeting to the
      // statement's author, not to Ms Hayes.)
      const quoted = saying.map((e) => {
        const near = Math.max(e.passage.span.start, e.passage.span.end - 2);
        const speech = speechAtMemo(memo, e.document, e.passage, { start: near, end: near });
        const passageText = e.document.text.slice(e.passage.span.start, e.passage.span.end);
        const mark = speech.kind === 'attributed' ? -1 : passageText.search(/["“]\s*[\p{L}\d]/u);
        // (A sentence with no quotation mark of its own is someone's words when it says whose, "A spokesperson for
        // Yorkshire Ambulance Service said the trust had received …", or inside a quotation the paragraph opened
        // before it.)
        // (Or by a pronoun, "He told the court the defendant had owned Bruno …": a reporting verb of its own.)
        const saysWhose = speech.kind === 'attributed' && ((speech.attribution.span.start >= e.passage.span.start && speech.attribution.span.end <= e.passage.span.end) || REPORTED.test(passageText));
        if (mark < 0) return { evidence: e, speech, inQuote: saysWhose || QUOTE_MARK.test(passageText) || insideQuote(e.document, e.passage) };
        const inside = e.passage.span.start + mark + 1;
        const sentenceStart = /^[\s\S]*[.!?]\s/.exec(passageText.slice(0, mark))?.[0].length ?? 0;
        const own = new Set(words(passageText.slice(sentenceStart)));
        return { evidence: e, speech: speechAtMemo(memo, e.document, e.passage, { start: inside, end: inside }), inQuote: rest.filter((w) => own.has(w)).length >= rest.length / 2 };
      });
      // (Nor words of one who speaks for the claim's body: "Marlbrook said it had installed two new standby pumps" /
      // "Ms Rendle told the court that the company had installed …", under "Defending: Ms Philippa Rendle KC, for
      // Marlbrook Water Services Ltd".)
      // (Nor words the body's own document relays: "Police said the owner left the park through the Orchard Road
      // gate" / "Witnesses told officers the man … left the park through the Orchard Road gate", in the police's
      // appeal.)
      // (Nor a body by its initials: "the College Lecturers' Association says" / "The CLA says".)
      if (quoted.length && quoted.every((s) => s.inQuote && s.speech.kind === 'attributed' && sameSpeaker(attribution, s.speech) === false && !actsFor(s.evidence.document, s.speech, attribution) && !relayedBy(s.evidence.document, s.speech, attribution) && !initialsOf(text, attribution, s.speech.attribution.mention))) {
        const first = quoted[0];
        findings.push(misattributed(result.claim.span, attribution, first.speech, first.evidence.document, first.evidence.passage, first.evidence.passage.span.start, { claim: c }));
      }
      return;
    }
    // A turn that tells what the claim's person said ("Yesterday Brackenfield Automotive Components told the London
    // Stock Exchange that …", the presenter's words) gives the words to that person, not to the one speaking.
    if (attribution.kind === 'name' && supporting.some((e) => reportsName(e, attribution))) return;
    const speeches = supporting.map((e) => ({ evidence: e, speech: speechAtMemo(memo, e.document, e.passage, { start: e.passage.span.start, end: e.passage.span.start }) }));
    // The best evidence must be someone's turn. A line of no turn beside it (the header's "Reporter: Tom Akers.",
    // which gave the claim its name) says who was there, not who said the words; so does a header line that ranks
    // first ("Participants: …, Tom Ashworth (analyst, Kestrel Securities)"), when a turn beside it has the words.
    const first = speeches.find((s) => !(s.speech.kind === 'unknown' && s.evidence.passage.ordinal < HEADER_PASSAGES)) ?? speeches[0];
    if (first.speech.kind !== 'speaker' || speeches.some((s) => s.speech.kind === 'attributed')) return;
    if (speeches.some((s) => s.speech.kind === 'speaker' && sameSpeaker(attribution, s.speech) === undefined)) return;
    const same = speeches.filter((s) => s.speech.kind === 'speaker' && sameSpeaker(attribution, s.speech) === true);
    if (same.length) {
      // The right speaker; a role given in apposition must be theirs ("Okafor, a harbour master, said" when the
      // transcript makes her a marine biologist): else the role is what no source states.
      const role = appositionRole(text, attribution, result.claim.span);
      const roleWords = role ? roleWordsOf(text.slice(role.start, role.end)) : [];
      const roleOf = (speech: Speech) => (speech.kind === 'speaker' ? `${speech.speaker.role ?? ''} ${speech.speaker.body ?? ''}` : '');
      if (role && same.some((s) => !roleWords.every((w) => words(roleOf(s.speech)).includes(w)))) unstatedRoles.set(c, text.slice(role.start, role.end));
      return;
    }
    // (Nor words of a question the claim's person answers in the next turn: "LOWE: … The records show the bell … was
    // pressed at 11:52pm on the Saturday. When was it answered?" / "WHITLOCK: I answered it at 12:11am.")
    if (supporting.some((e) => answeredBy(e, attribution))) return;
    // (Nor a question the claim's person asked of the one whose turn answers it, whom the claim names: "Mrs Quayle
    // asked the leader, Councillor Robert Fenwick, whether the council would scrap the Sunday charge" / Cllr
    // Fenwick's reply.)
    // (Nor a question the claim says the person asked, whose own turn no question's words support: "Councillor Sandra
    // Oakes, who represents a Fallowmere ward, asked why it had taken until November" / her "why did it take until
    // November …?", answered by the commissioner.)
    if (/^(?:,[^,.;]{1,80},)?\s+asked\s+(?:[\p{L}'’-]+\s+){0,5}?(?:why|whether|if|how|what|when|where|who)\b/iu.test(text.slice(attribution.span.end, attribution.span.end + 160)) && supporting.some((e) => answersAsker(e, attribution))) return;
    if (/^\s+asked\b/i.test(text.slice(attribution.span.end, attribution.span.end + 8))) {
      const named = new Set(words(text.slice(attribution.span.end, result.claim.span.end)));
      if (first.speech.kind === 'speaker' && speakerTokens(first.speech.speaker).some((t) => t.length > 2 && named.has(t))) return;
    }
    findings.push(misattributed(result.claim.span, attribution, first.speech, first.evidence.document, first.evidence.passage, first.evidence.passage.span.start, { claim: c }));
  });

  // A figure the claim gives as one speaker's that the sources give as another's, when they give the claim's
  // speaker another figure of its kind ("Police said 20,000 people joined the march" / "Organisers said 20,000
  // people joined … West Yorkshire Police estimated the crowd at 6,500.").
  claims = claims.map((result, c) => {
    if (result.verdict !== 'supported' || flaggedClaims.has(c) || quotedClaims.has(c)) return result;
    // A claim's verdict, kept between checks, is looked at once (the attribution is the claim's own words): by its
    // evidence list, which a verdict keeps while its claim's words and the index stay, though the claim may move.
    const claimText = text.slice(result.claim.span.start, result.claim.span.end);
    let known = otherSpeakers.get(result.evidence);
    if (known?.text !== claimText) {
      let found: ReturnType<typeof otherSpeakersFigure>;
      if (REPORTED_FIGURE.test(claimText) && /\d|\b(?:hundred|thousand|million|billion)\b/i.test(claimText)) {
        const attribution = attributionFor(text, analysis, result.claim.span, c, claims, quoteMasks, draftMemo);
        if (attribution && attribution.span.start >= result.claim.span.start && attribution.span.end <= result.claim.span.end) found = otherSpeakersFigure(claimText, result.claim.span.start, attribution, result.evidence, index);
      }
      otherSpeakers.set(result.evidence, (known = { text: claimText, start: result.claim.span.start, found }));
    }
    const found = known.found;
    if (!found) return result;
    const shift = result.claim.span.start - known.start;
    const conflict = shift ? { ...found.conflict, claimSpan: { start: found.conflict.claimSpan!.start + shift, end: found.conflict.claimSpan!.end + shift } } : found.conflict;
    return { ...result, verdict: 'contradicted' as const, missing: undefined, evidence: [found.evidence, ...result.evidence.filter((e) => e.passage !== found.evidence.passage)], conflicts: [conflict] };
  });

  claims = claims.map((result, c) => {
    const role = unstatedRoles.get(c);
    return role === undefined ? result : { ...result, verdict: 'unsupported' as const, score: Math.min(result.score, thresholds.support), missing: [role] };
  });

  // A claim that is a verbatim quote and who said it ("“…,” said harbour master Tom Brennan."): the speaker
  // confirms what the words around the quote add, so the claim is supported by the quote's passage. When someone
  // else said the words, the claim's words are still the source's: the quote's misattribution is the one finding
  // (the claim is supported and flagged by it), not a second one saying that no source states the name.
  claims = claims.map((result, c) => {
    const hit = confirmed.get(c) ?? misattributedQuote.get(c);
    if (!hit || result.verdict !== 'unsupported') return result;
    const rest = outsideWords(text, result.claim.span, [hit.quote.quote.span, hit.attribution.span]);
    // Or a claim whose only missing words are its verified quote's ("… said everyone at the company was
    // “heartbroken by the loss of Tom”", the quote's passage ranked below the claim's other words' passage).
    const quoteWords = new Set(words(text.slice(hit.quote.quote.span.start, hit.quote.quote.span.end)));
    const onlyQuoteMissing = confirmed.has(c) && !!result.missing?.length && result.missing.every((m) => words(m).every((w) => quoteWords.has(w)));
    if (onlyQuoteMissing) return { ...result, verdict: 'supported' as const, score: Math.max(result.score, thresholds.support), evidence: [...hit.quote.evidence, ...result.evidence.filter((e) => !hit.quote.evidence.some((q) => q.passage === e.passage))], missing: undefined };
    if (rest.length > 3) return result;
    return { ...result, verdict: 'supported' as const, score: Math.max(result.score, thresholds.support), evidence: hit.quote.evidence, missing: undefined };
  });

  // Speech dates: "said on Monday" against the date of the source of the words.
  const masks = analysis.quotes.map((q) => ({ start: q.span.start - 1, end: q.span.end + 1 }));
  claims = claims.map((result, c) => {
    const day = speechWeekday(text, result.claim.span, masks);
    if (!day) return result;
    const quote = quotes.find((q) => q.quote.claim === c && q.verdict !== 'not-found' && q.sourceWording);
    const document = quote?.sourceWording?.document ?? (result.verdict === 'supported' ? result.evidence[0]?.document : undefined);
    // (Not the recording's day when the recording only tells what the claim's person said on another: the presenter's
    // "Yesterday Brackenfield … told the London Stock Exchange …".)
    if (!quote && result.evidence[0] && document === result.evidence[0].document) {
      const attribution = attributionFor(text, analysis, result.claim.span, c, claims, quoteMasks, draftMemo);
      if (attribution?.kind === 'name' && reportsName(result.evidence[0], attribution)) return result;
    }
    // (Nor when the source gives the words that day itself: "As I said to the lads on Monday, “We play for the badge
    // …”" in a turn recorded on Wednesday.)
    const named = new RegExp(`\\b${WEEKDAY_NAMES[day.weekday]}\\b`);
    const wording = quote?.sourceWording;
    if (wording && named.test(wording.document.text.slice(Math.max(0, wording.span.start - 120), wording.span.start))) return result;
    const first = result.evidence[0];
    if (first && named.test(first.document.text.slice(first.passage.span.start, first.passage.span.end))) return result;
    // (Nor "on the Monday", a day of the story, not of the telling: "said she was told about the closure on the
    // Monday, the day before the announcement".)
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, day.span.start - 4), day.span.start))) return result;
    // (Nor words the claim says were written, "In a statement issued on Monday 19 January": a recording of them is
    // another day's telling.)
    if (WRITTEN_MEDIUM.test(text.slice(result.claim.span.start, result.claim.span.end))) return result;
    // Only a recording date is the day the words were said; a report or an article may be dated days later.
    const date = document?.meta?.date;
    if (!date || date.from !== 'transcript header' || weekdayOf(date.date) === day.weekday) return result;
    if (result.conflicts.some((k) => k.claimSpan && k.claimSpan.start === day.span.start)) return result;
    const source = WEEKDAY_NAMES[weekdayOf(date.date)];
    return {
      ...result,
      verdict: 'contradicted' as const,
      missing: undefined,
      conflicts: [
        ...result.conflicts,
        {
          claim: text.slice(day.span.start, day.span.end),
          source,
          kind: 'date' as const,
          claimSpan: day.span,
          note: `${date.from === 'transcript header' ? 'it was recorded on' : 'it is dated'} ${formatDate(date.date)}`,
        },
      ],
    };
  });
  return { claims, findings };
}

/** A written medium of words a claim reports: "in a statement", "in a letter to residents", "a press release". */
const WRITTEN_MEDIUM = /\b(?:in|via|through)\s+(?:an?|its|his|her|their|the)\s+(?:written\s+)?(?:statement|letter|email|e-mail|press\s+release|report|blog|post|newsletter|submission)\b/i;

/**
 * What `otherSpeakersFigure` found for a claim (undefined: nothing), by the claim's evidence list: its words, and
 * where it started then (the conflict's span moves with the claim).
 */
const otherSpeakers = new WeakMap<readonly Evidence[], { text: string; start: number; found: ReturnType<typeof otherSpeakersFigure> }>();

/** A claim that says who gave a figure: only these are looked at for a figure of another speaker. */
const REPORTED_FIGURE = /\b(?:said|says|told|estimated|estimates|put|puts|according\s+to|claimed|claims|reported|reports)\b/i;

/** A count: a bare number, or a quantity of things ("20,000 people"). */
const isCount = (v: TypedValue) => v.kind === 'number' || (v.kind === 'quantity' && countUnit(v.unit));

/** Whether two attributions name the same speaker: a name word or the role's head word in common. */
function sameMention(a: Attribution, b: Attribution): boolean {
  return a.tokens.some((t) => b.tokens.includes(t));
}

/**
 * The claim's figure given by its best evidence as the words of one speaker, not the claim's, where a sentence of
 * the same paragraph gives the claim's speaker another figure of the same kind and unit: that figure as the
 * conflict, with its passage as evidence.
 */
function otherSpeakersFigure(
  claimText: string,
  base: number,
  attribution: Attribution,
  evidence: readonly Evidence[],
  index: PassageIndex,
): { conflict: ClaimResult['conflicts'][number]; evidence: Evidence } | undefined {
  const best = evidence[0];
  if (!best || hasSpeakers(best.document)) return undefined;
  const own = { start: attribution.span.start - base, end: attribution.span.end - base };
  const figures = extractValues(claimText).filter((v) => isNumeric(v) && (v.span.end <= own.start || v.span.start >= own.end));
  if (!figures.length) return undefined;
  const sentence = best.document.text.slice(best.passage.span.start, best.passage.span.end);
  const stated = extractValues(sentence);
  const given = figures.filter((f) => stated.some((s) => valueAgrees(f, s)));
  if (!given.length) return undefined;
  const speakers = findAttributions(sentence);
  if (speakers.length !== 1 || sameMention(speakers[0], attribution)) return undefined;
  for (const p of index.passagesOf(best.document.id)) {
    if (p === best.passage || p.paragraph.start !== best.passage.paragraph.start) continue;
    const other = best.document.text.slice(p.span.start, p.span.end);
    const theirs = findAttributions(other);
    if (theirs.length !== 1 || !sameMention(theirs[0], attribution)) continue;
    const values = extractValues(other);
    for (const f of given) {
      // Of the figure's kind and unit, or a bare count for a count ("the crowd at 6,500" for "20,000 people").
      const rival = values.find((x) => isNumeric(x) && ((x.kind === f.kind && x.unit === f.unit) || (isCount(f) && isCount(x))) && valueDiffers(f, x));
      if (!rival) continue;
      return {
        conflict: {
          claim: f.text,
          source: rival.text,
          kind: f.kind,
          claimSpan: { start: base + f.span.start, end: base + f.span.end },
          sourceSpan: { ...rival.span },
          // The claim's words with the speaker's figure ("20,000 people" → "6,500 people"); no fix for other shapes.
          replacement: /^[\d,.]+$/.test(rival.text) && /^[\d,.]+(?=\s|$)/.test(f.text) ? f.text.replace(/^[\d,.]+/, rival.text) : null,
          note: `${speakers[0].mention} gave ${f.text}`,
        },
        evidence: { passage: p, document: best.document, score: best.score },
      };
    }
  }
  return undefined;
}

/** Lower-case words without a possessive "'s". */
/** Whether an evidence sentence names the attribution's person before a verb of speech: it reports them. */
/** Whether the words right after a speaker's name in a source (an apposition, up to a verb) have every one of `tokens`. */
function bodyOfSpeaker(text: string, span: Span, tokens: readonly string[]): boolean {
  if (!tokens.length) return false;
  const after = /^,\s+([^,.;:]{1,80}),/.exec(text.slice(span.end, span.end + 90));
  if (after) {
    const own = words(after[1]);
    if (tokens.every((t) => own.includes(t))) return true;
    // (Or by its initials: "Gareth Pryce, ULWU regional organiser for the North West" for the United Logistics Workers
    // Union.)
    if (tokens.length >= 2 && own.includes(tokens.map((t) => t[0]).join(''))) return true;
    // (Or a post in the body's own document, whose head names it: "Priya Nair, Head of People (Logistics), said" in a
    // proposal "Prepared by: …, Greenvale Supermarkets plc".)
    // (The body by its name and its kind there, not a person the head names: "Greenvale Supermarkets plc".)
    if (!POST_IN_APPOSITION.test(after[1])) return false;
    const named = new RegExp(String.raw`(?<![\p{L}])${tokens.map(escapeRegExp).join(String.raw`\s+`)}(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}\s+(?:plc|PLC|Ltd|Limited|LLP|Inc|Group|Council|Trust|Company|Association|Union|Authority|Agency|Board|Partnership|Foundation)\b`, 'iu');
    return named.test(text.slice(0, 400));
  }
  // (Or one who says what "the company" will do in the body's own document, whose head names it: "Ms Nandakumar
  // said the company would …" in Tarrowline's announcement.)
  if (!FOR_THE_BODY.test(text.slice(span.end, span.end + 60))) return false;
  const head = words(text.slice(0, 400));
  return tokens.every((t) => head.includes(t));
}
/** Words of a post in an apposition after a name: "Head of People (Logistics)", "regional organiser". */
const POST_IN_APPOSITION = /\b(?:head|chief|director|manager|officer|chair|chairman|chairwoman|president|secretary|spokesperson|spokesman|spokeswoman|organiser|organizer|executive|leader|controller|superintendent|inspector|governor|treasurer)\b/i;
/** A speaker's verb and the body they speak for: " said the company would", " says the council will". */
const FOR_THE_BODY = /^\s+(?:said|says|added|told\s+\p{L}+)\s+(?:that\s+)?the\s+(?:company|council|trust|firm|operator|authority|board|group|society|club|charity|organisation|organization|university|school|hospital|agency)\b/iu;

/** Words after a body's name that make it the author of records, not a speaker: "APHD figures", "ONS data". */
const RECORDS_AFTER = /^['’]?s?\s+(?:own\s+|latest\s+|official\s+|published\s+)?(?:figures|data|statistics|records|numbers|accounts)\b/i;

/**
 * Whether a speaker speaks for the body the claim names, as the document says: "Ms Philippa Rendle KC, for Marlbrook
 * Water Services Ltd", "Mr Ellery, on behalf of the council"; or as its head, in a document the body's name opens
 * ("Margaret Ollerenshaw, Chief Executive," in Calderbrook Homes' report).
 */
function actsFor(document: SourceDocument, speech: Speech, attribution: Attribution): boolean {
  if (speech.kind !== 'attributed' || attribution.kind !== 'name' || !attribution.tokens.length) return false;
  const surname = speech.attribution.tokens[speech.attribution.tokens.length - 1];
  if (!surname || surname.length < 3) return false;
  const text = document.text.slice(0, 200_000);
  const re = new RegExp(String.raw`\b${escapeRegExp(surname)}\b[^\n.;]{0,40}?,?\s+(?:for|on\s+behalf\s+of|representing)\s+(?:the\s+)?([^\n,.;]{2,80})`, 'giu');
  for (const m of text.matchAll(re)) {
    const body = new Set(words(m[1]));
    if (attribution.tokens.every((t) => body.has(t))) return true;
  }
  // (Or its head, in the body's own document: "Calderbrook said every extra pound raised would go back into tenants'
  // homes" / "Margaret Ollerenshaw, Chief Executive, said: …" in Calderbrook Homes' board report.)
  // (Only a body: one word, or a body's word among them; not a person, "Council chief executive Joanna Pryce said",
  // whom the document also names.)
  if (attribution.tokens.length > 1 && !BODY_MENTION.test(attribution.mention)) return false;
  const head = new RegExp(String.raw`\b${escapeRegExp(surname)},\s+(?:the\s+|its\s+|our\s+)?${HEAD_OF_BODY}\b`, 'iu');
  const opening = new Set(words(text.slice(0, 1500)));
  return head.test(text) && attribution.tokens.every((t) => opening.has(t));
}

/**
 * Whether a speaker's words are told to the body the claim names, in a document the body's name opens, which relays
 * them: "Witnesses told officers the man … left the park" in an appeal that opens "Police are appealing for witnesses".
 */
function relayedBy(document: SourceDocument, speech: Speech, attribution: Attribution): boolean {
  if (speech.kind !== 'attributed' || !attribution.tokens.length) return false;
  // (A body, not a person the document names: "PC Dylan Harrowby said the cyclist …" is no relay.)
  if (!BODY_MENTION.test(attribution.mention) && !/^(?:the\s+)?(?:police|force|constabulary|council|company|firm|trust|agency|operator|board|club|school|charity)$/i.test(attribution.mention)) return false;
  if (!RELAYED_TO.test(document.text.slice(speech.attribution.span.end, speech.attribution.span.end + 40))) return false;
  const opening = new Set(words(document.text.slice(0, 1500)));
  return attribution.tokens.every((t) => opening.has(t));
}
/** A verb of telling and the body's people it was told to: " told officers", " told the council", " reported to us". */
const RELAYED_TO = /^\s+(?:told|informed|reported\s+to|gave\s+(?:statements?|accounts?)\s+to)\s+(?:officers|police|detectives|investigators|inspectors|staff|us|the\s+(?:police|council|company|trust|agency|board|inspectors?|investigators?))\b/i;

/** A body's word in a name: "Calderbrook Homes", "Wexcombe Council", "Kestrel Homes Ltd". */
const BODY_MENTION = /\b(?:Homes|Council|Trust|Ltd|Limited|plc|Company|Association|Group|University|College|School|Hospital|Board|Authority|Agency|Society|Club|Services?|Partnership|Foundation|Water|Rail|Buses|Transport)\b/u;

/** The posts that speak for a whole body: "Chief Executive", "Chair", "Managing Director", "Leader". */
const HEAD_OF_BODY = String.raw`(?:Chief\s+Executive|Chief\s+Officer|Chair(?:man|woman|person)?|Managing\s+Director|Director|Leader|President|Principal|Headteacher|spokes(?:man|woman|person))`;

/**
 * Whether the line a passage stands on names a person by one of their name's words, past the line's speaker label
 * ("MARGARET ODUYA: … on behalf of Calderwick" names Calderwick).
 */
function turnNames(document: SourceDocument, passage: Passage, tokens: readonly string[]): boolean {
  const { start, end } = linesAround(document.text, passage.span);
  const line = document.text.slice(start, end).replace(/^[^:\n]{1,60}:\s*/, '');
  return tokens.some((t) => t.length > 2 && new RegExp(String.raw`\b${escapeRegExp(t)}\b`, 'i').test(line));
}

/**
 * Whether a mention is the initials of the capitalised words that end at the attribution in the draft: "CLA" of "the
 * College Lecturers' Association says" (whose mention is "Association").
 */
function initialsOf(text: string, attribution: Attribution, mention: string): boolean {
  const other = mention.replace(/^the\s+/i, '');
  if (!/^\p{Lu}{2,5}$/u.test(other)) return false;
  const words = text.slice(Math.max(0, attribution.span.start - 60), attribution.span.end).match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  for (let n = 2; n <= Math.min(5, words.length); n++) if (words.slice(-n).map((w) => w[0]).join('') === other) return true;
  return false;
}

/** Whether a passage is in a turn that ends with a question, and the next turn is the attribution's person's. */
function answeredBy(e: Evidence, attribution: Attribution): boolean {
  return questionAndAnswer(e, attribution, 'answer');
}

/** Whether a passage is in a turn that answers one by the attribution's person, the turn before it ending in a question. */
function answersAsker(e: Evidence, attribution: Attribution): boolean {
  return questionAndAnswer(e, attribution, 'question');
}

/**
 * Whether a passage's turn and the attribution's person's next turn are a question and its answer (`answer`: the
 * passage's turn asks), or the person's turn before and the passage's (`question`: the person asks).
 */
function questionAndAnswer(e: Evidence, attribution: Attribution, theirs: 'answer' | 'question'): boolean {
  const segments = e.document.meta?.segments;
  if (!segments) return false;
  const k = segments.findIndex((g) => g.speaker !== undefined && g.start <= e.passage.span.start && e.passage.span.start < g.end);
  if (k < 0) return false;
  const other = theirs === 'answer' ? segments.slice(k + 1).find((g) => g.speaker !== undefined) : segments.slice(0, k).reverse().find((g) => g.speaker !== undefined);
  const asking = theirs === 'answer' ? segments[k] : other;
  if (!other || !asking || !/\?["”’]?\s*$/.test(e.document.text.slice(asking.start, asking.end))) return false;
  const speaker = placeAt(e.document, other.start).speaker;
  return speaker !== undefined && sameSpeaker(attribution, { kind: 'speaker', speaker, speakers: e.document.meta?.speakers ?? [] }) === true;
}

function reportsName(e: Evidence, attribution: Attribution): boolean {
  const sentence = e.document.text.slice(e.passage.span.start, e.passage.span.end);
  // (Or someone the turn calls "he" or "she": "He asked for a phone call to his mum. He said he could not sleep." in
  // the officer's turn tells what the prisoner said.)
  if (attribution.kind === 'name' && THIRD_PERSON_SAID.test(sentence)) return true;
  // (Or the name and a notice it gave: "a single partner, Dr Helen Pryce, who gave the ICB six months' notice last
  // September that she intends to retire".)
  if (attribution.kind === 'name') {
    const own = words(sentence);
    const at = own.findIndex((w) => attribution.tokens.includes(w));
    if (at >= 0 && own.slice(at + 1, at + 12).some((w) => NOTICE_WORD.test(w))) return true;
  }
  if (!REPORTED.test(sentence)) return false;
  const own = words(sentence);
  const at = own.findIndex((w) => attribution.tokens.includes(w));
  return at >= 0 && own.slice(at + 1, at + 6).some((w) => SPEECH_WORD.test(w));
}
const SPEECH_WORD = new RegExp(`^${VERB}$`, 'i');
/** Words of a notice given or a message sent, after the name of the one who gave it. */
const NOTICE_WORD = /^(?:notice|notified|notifies|informed|informs|announced|announces|wrote|writes|emailed|warned)$/;
/** A sentence that opens with what a third person said or asked ("He said", "She asked for", "They told me"). */
const THIRD_PERSON_SAID = /^\s*(?:He|She|They)\s+(?:\p{Ll}+\s+)?(?:said|says|asked|told|added|explained|wrote|replied|complained|admitted)\b/u;

/** Whether a passage starts inside a quotation of its paragraph (`findQuotes`, as `speechOf` reads them). */
function insideQuote(document: SourceDocument, passage: Passage): boolean {
  const { paragraph } = passage;
  return paragraph.end - paragraph.start <= 5000 && findQuotes(document.text, paragraph).some((q) => q.inner.start <= passage.span.start && q.inner.end > passage.span.start);
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/**
 * The claim with the draft's words at `spans` blanked out (same length, so offsets stay those of the draft), or
 * undefined when the claim's text is not its draft slice and a span's words cannot be found in it.
 */
function withoutSpans(text: string, claim: Claim, spans: readonly Span[]): Claim | undefined {
  const slice = text.slice(claim.span.start, claim.span.end);
  let blanked = claim.text;
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    const at = slice === claim.text ? span.start - claim.span.start : blanked.indexOf(words);
    if (at < 0 || blanked.slice(at, at + words.length) !== words) return undefined;
    blanked = blanked.slice(0, at) + ' '.repeat(words.length) + blanked.slice(at + words.length);
  }
  return { ...claim, text: blanked };
}

/** Content words of a claim outside some spans (its quote, its attribution), reporting verbs and small words aside. */
function outsideWords(text: string, span: Span, without: Span[]): string[] {
  let plain = text.slice(span.start, span.end);
  for (const w of without) {
    const s = Math.max(0, w.start - span.start - 1);
    const e = Math.min(plain.length, w.end - span.start + 1);
    if (e > s) plain = plain.slice(0, s) + ' '.repeat(e - s) + plain.slice(e);
  }
  plain = plain.replace(new RegExp(String.raw`\b${VERB}\b|\baccording to\b`, 'g'), ' ').replace(/\[@[^\]]*\]/g, ' ');
  return (plain.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
}

const SMALL_WORDS = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'to', 'of', 'by', 'and', 'that', 'reporters', 'journalists', 'us', 'me', 'him', 'her', 'them', 'this', 'week', 'yesterday', 'today', 'later', 'also']);

function misattributed(
  span: Span,
  attribution: Attribution,
  speech: Speech,
  document: SourceDocument,
  passage: Passage,
  at: number,
  index: { quote?: number; claim?: number },
): Finding {
  const place = placeAt(document, at);
  const where = [locationLabel(document, passage.range.start, passage.span.start), place.time].filter(Boolean).join(', ');
  // (One line, whatever line breaks a hard-wrapped source puts in a name: "Councillor Rosalind\nAchebe-Hart"; the
  // quick fix too.)
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const who = oneLine(speechName(speech));
  const what = index.quote !== undefined ? 'These words were said by' : 'In the source, this was said by';
  const fixed = replacementFor(attribution, speech);
  const replacement = fixed === undefined ? undefined : oneLine(fixed);
  return {
    code: 'misattributed-quote',
    severity: 'error',
    span,
    message: `${what} ${who}, not ${attribution.kind === 'role' ? (attribution.indefinite ? `${attribution.indefinite} ` : 'the ') : ''}${oneLine(attribution.mention)} (${where}).`,
    ...index,
    ...(replacement && replacement !== attribution.mention
      ? { fix: { span: attribution.span, text: replacement, title: `Attribute to ${replacement}, as ${document.id} has it` } }
      : {}),
  };
}
