import { processTerm } from '../index/tokenize';

/**
 * People and their offices as a text pairs them: "the Deputy Speaker, Helen Fairbairn", "Madam Deputy Speaker (Mrs
 * Eleanor Whitcombe)", "Ms Priya Natarajan (Housing Minister)", "Naomi Fairclough, Festival Director,", "Shadow
 * Housing Secretary Tobias Kerrigan", "Its chief executive, Joanna Pryce". An office is one of `OFFICES` with up to two
 * words before it ("deputy speaker", "housing minister", "chief executive"); a person a name of two to four
 * capitalised words, or a title and a surname.
 */

/**
 * Police ranks: many people hold each ("Detective Inspector" is no one post), but a person holds one of them at a time,
 * so another rank given to them is a mistake ("Detective Chief Inspector Sarah Kavanagh" / "Detective Inspector Sarah
 * Kavanagh").
 */
const RANKS = ['inspector', 'sergeant', 'constable', 'superintendent'];

/** The last word of an office (what the office is), in lower case. */
const OFFICES = [
  'speaker', 'chair', 'chairman', 'chairwoman', 'chairperson', 'executive', 'director', 'minister', 'secretary', 'president',
  'mayor', 'leader', 'governor', 'head', 'captain', 'coach', 'manager', 'editor', 'founder', 'treasurer', 'coordinator',
  'spokesperson', 'spokesman', 'spokeswoman', 'commissioner', 'chancellor', 'principal', 'headteacher', 'registrar', 'clerk',
  'commander', 'officer', 'economist', 'scientist', 'strategist', 'supervisor', 'skipper', 'judge', 'coroner', ...RANKS,
];
/** Offices that name one post only as a chief's ("chief economist", "chief fire officer"; not "an economist", "a press officer"). */
const CHIEF_ONLY = new Set(['officer', 'economist', 'scientist', 'strategist']);
/** Whether a text may pair an office with a person (cheap: one of `OFFICES` in it). */
// (Or a verb of one: "who chairs the fundraising committee".)
export const OFFICE_HEAD = new RegExp(String.raw`\b(?:${OFFICES.join('|')}|chairs|chaired|heads|headed)\b`, 'i');
const OFFICE = String.raw`(?:${OFFICES.map((o) => `${o[0].toUpperCase()}${o.slice(1)}|${o}`).join('|')})`;
/** Up to two words that say which office ("Deputy", "Shadow Housing", "chief", "Festival"). */
// (From a word's start: not "er Honour Judge" of "Her Honour Judge".)
// (Nor a verb after "to": "to support commissioner Gillian Oakhurst's proposed precept".)
const BEFORE = String.raw`(?:(?<![\p{L}\p{N}'’-])(?<!\b[Tt]o\s)(?!(?:[Tt]he|[Oo]ur|[Mm]y|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s)\p{L}[\p{L}\p{N}'’-]*\s+){0,2}`;
/** Or three capitalised ones in apposition, where commas bound the office ("Chief Information Security Officer"). */
const BEFORE_APPOSED = String.raw`(?:(?:(?!(?:The|Our|My|Its|Their|His|Her)\s)\p{Lu}[\p{L}\p{N}'’-]*\s+){3}|${BEFORE})`;
/**
 * What an office is of: a lower-case word ("chair of governors", "head of planning", "chair of the board") or a
 * body's name ("chair of the Friends of Brackenmoor Zoo", "Chair of the Board of Trustees"), whose words joined by
 * "of", "for" or "and" are its own.
 */
const BODY_WORD = String.raw`\p{Lu}[\p{L}'’&-]*`;
const BODY_NAME = String.raw`${BODY_WORD}(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?${BODY_WORD})*`;
// (A lower-case field of two words: "director of investor relations", not "chief executive of the trust said".)
const OF_BODY = String.raw`(?:\s+of\s+(?:the\s+)?(?:${BODY_NAME}|\p{Ll}[\p{L}-]*(?:\s+(?!(?:said|says|and|or|at|for|in|on|to|with|who|which|was|were|is|are|has|had|have|will|would|told|added|since|from|by)\b)\p{Ll}[\p{L}-]*)?))?`;
/** A body's name "at" which an office is held, right after it ("chief economist at Harrowgate Capital"). */
const AT_BODY = new RegExp(String.raw`^\s+at\s+(?:the\s+)?(${BODY_NAME})`, 'u');
/** A title before a person's name (shared with `residences.ts`). */
export const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Councillor|Cllr)\.?`;
const CAP = String.raw`\p{Lu}[\p{L}'’-]+`;
/** An organisation's name in the possessive before an office ("Carrway's", "Brightwater Energy's"). */
const OWNER_NAME = String.raw`\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,2}`;
const OWNER = String.raw`${OWNER_NAME}['’]s[ \t]+`;
/** The same right before an office, as `officeHolders` reads it back. */
const OWNER_BEFORE = new RegExp(String.raw`(${OWNER_NAME})['’]s[ \t]+$`, 'u');
/** A person: a title and one to three capitalised words, or two to four capitalised words (on one line). */
const PERSON = String.raw`(?:${TITLE}[ \t]+${CAP}(?:[ \t]+${CAP}){0,2}|${CAP}(?:[ \t]+${CAP}){1,3})`;

/** `officeFirst`: the office is written before the person, with a comma ("the minister, Janet Corr"). */
const PAIRS: { re: RegExp; office: number; person: number; officeFirst?: true }[] = [
  // "the Deputy Speaker, Helen Fairbairn", "Its chief executive, Joanna Pryce", "the trust's chief executive, Sarah
  // Okonkwo" (not after an organisation's name in the possessive: "Brightwell's chief executive, Daniel Okafor" is the
  // post the sources give a person, which `findRival` compares with theirs)
  // ("our chair of governors, Mr Robert Ainsley": an office of a lower-case body is that office)
  // (Or a body's, after "whose": "Healthwatch Kelmouth, whose chair, Denise Morrow, has agreed".)
  { re: new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|whose)\s+(${BEFORE}${OFFICE}${OF_BODY})\s*,\s*(${PERSON})`, 'gu'), office: 1, person: 2, officeFirst: true },
  // (Or an office of something at the start of a sentence, without an article: "Chair of the group, Lucy Harding,
  // whose two sons …"; not a line "Chair, Skerrin Islands Lifeline Campaign" under a signature.)
  { re: new RegExp(String.raw`^[ \t]*(${BEFORE}${OFFICE}\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s*,\s*(${PERSON})`, 'gu'), office: 1, person: 2, officeFirst: true },
  // "Madam Deputy Speaker (Mrs Eleanor Whitcombe)"
  // (Not a court's or a body's name in brackets before the person's: "District Judge (Magistrates' Courts) Helen Carrow".)
  { re: new RegExp(String.raw`(${BEFORE}${OFFICE})\s*\(\s*(${PERSON})\s*\)(?![ \t]+\p{Lu})`, 'gu'), office: 1, person: 2 },
  // "Ms Priya Natarajan (Housing Minister)", "Naomi Fairclough, Festival Director,", "Helen Fairbairn, the Deputy Speaker"
  // (Not an office in lower case right before a name, the next person's in a list: "Deputy Governor Daniel
  // Fairweather, chief economist Tomas Kilbride and …"; "Priya Venkataraman, Principal Transport Planner" is hers.)
  // (An organisation's name in the possessive is part of the office as written, "Gareth Hollins, Carrway's regional
  // operations director"; and an office may be two, "Gareth Hollins, Traffic Officer Service Manager".)
  // (Not the next person's office after "and": "its chair, Dr Helen Marsh, and secretary, Colin Pettifer".)
  { re: new RegExp(String.raw`(${PERSON})\s*(?:\(|,\s+(?!(?:and|or|but)\s)(?:the\s+|its\s+|their\s+)?)((?:${OWNER})?${BEFORE_APPOSED}${OFFICE}(?:[ \t]+(?!(?:the|its|their)\s)${BEFORE}${OFFICE}(?![\p{L}]))?${OF_BODY})(?![\p{L}])(?![ \t]*:)(?!(?<=,[ \t]+(?!(?:the|its|their)\s)\p{Ll}[^,]*)[ \t]+${PERSON})`, 'gu'), office: 2, person: 1 },
  // "Shadow Housing Secretary Tobias Kerrigan", "chief executive Margaret Ellison"
  // (Not an office run on into another: "Traffic Officer Service Manager" is no officer called Service Manager.)
  // (Not across a blank line, from one row of a table to the next: "Tom Haverley | Vice-chair" over "David Pryce |
  // Honorary treasurer".)
  { re: new RegExp(String.raw`(${BEFORE}${OFFICE})(?:[ \t]+\n?|\n)[ \t]*(?!(?:${CAP}[ \t]+){0,2}${OFFICE}(?![\p{L}]))(${PERSON})`, 'gu'), office: 1, person: 2 },
  // A labelled line: "Trial manager: Owen Farrant, Castlemere Clinical Trials Unit", "Chair: Cllr Jane Hill" (the
  // name all of the line or before a comma: not a transcript's turn, "Madam Deputy Speaker: The Ayes to the right").
  { re: new RegExp(String.raw`(?:^|\n)[ \t]*(${BEFORE}${OFFICE})[ \t]*:[ \t]*(${PERSON})(?=[ \t]*(?:[,(]|\n|$))`, 'gu'), office: 1, person: 2 },
  // A table's row of a name and an office: "| David Pryce | Honorary treasurer |".
  // (As a source's text gives it, "David Pryce | Honorary treasurer", or with the row's bars.)
  { re: new RegExp(String.raw`(?:^|\n)[ \t]*(?:\|[ \t]*)?(${PERSON})[ \t]*\|[ \t]*(${BEFORE}${OFFICE}${OF_BODY})[ \t]*(?=\||\n|$)`, 'gu'), office: 2, person: 1 },
  // Or in brackets: "Surface support vessel: RV SABRINA GALE (skipper: Carys Lendrum)".
  { re: new RegExp(String.raw`\(\s*(${BEFORE}${OFFICE})[ \t]*:[ \t]*(${PERSON})\s*\)`, 'gu'), office: 1, person: 2 },
];

/** A body a verb of office names: a name ("Ashcombe Angling Association") or words ending in a body's kind. */
const VERB_BODY = String.raw`(?:${BODY_NAME}|(?:[\p{Ll}'’-]+\s+){0,3}(?:committee|group|board|panel|association|trust|society|club|campaign|forum|partnership|commission|inquiry|review|network|alliance|federation|charity))`;
/** A person and the office a verb gives them: "Gwen Rowe, who chairs the fundraising committee". */
const VERB_OFFICE = new RegExp(String.raw`(${PERSON})(?:\s*,\s*who)?\s+(?:also\s+)?(chairs|heads|has\s+(?:also\s+)?(?:chaired|headed))\s+(?:the\s+)?(${VERB_BODY})(?![\p{L}])`, 'gu');

export interface OfficeHolder {
  /** The office in lower case, without articles or a "Madam" ("deputy speaker", "shadow housing secretary"). */
  office: string;
  person: string;
  /** Whether the office is given with a named organisation in the possessive ("Brightwell's chief executive"). */
  ofNamed: boolean;
  /** The office as written, and where. */
  title: string;
  /** The office as a noun, where a verb gives it ("chairs the panel" is the "chair of the panel"). */
  noun?: string;
  titleSpan: { start: number; end: number };
  /** The body's name in lower case when the office is held "at" one ("chief economist at Harrowgate Capital"). */
  at?: string;
  /** The organisation named in the possessive right before the office, in lower case ("brightwell"), and the office with it as written. */
  owner?: string;
  ownedTitle?: { text: string; span: { start: number; end: number } };
  /** The person's name words in lower case, without a title. */
  names: string[];
  span: { start: number; end: number };
}

const TITLE_WORD = new RegExp(`^${TITLE}$`, 'u');
/** Words before an office that say nothing of which it is. */
// (Nor a date's words: "issued on Friday 16 May by Inspector Margaret Oyelaran" gives no "May" inspector.)
const NOT_OF_OFFICE = new Set([
  'madam', 'mister', 'mr', 'honour', 'honor', 'the', 'its', 'their', 'his', 'her', 'a', 'an', 'and', 'of', 'as', 'by', 'was', 'is', 'said', 'says', 'new', 'former', 'then',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // (Days by their distance from now: "issued yesterday by Inspector Helen Ashworth".)
  'yesterday', 'today', 'tomorrow', 'tonight', 'now', 'recently', 'previously',
]);

/**
 * Whether a lower-case word before an office's last word says which office it is: not an article, a "Madam", a
 * stopword, nor an organisation in the possessive ("the trust's medical director" is a "medical director").
 */
function ofOffice(word: string): boolean {
  if (OFFICES.includes(word)) return true;
  return word !== '' && !NOT_OF_OFFICE.has(word) && !/['’]s$/.test(word) && processTerm(word) !== null;
}

/** A body's name by its last word ("North Vale Police", "Ashbridge Borough Council", "Tidewater Events Ltd"). */
const BODY_BY_KIND = /\b(?:Police|Constabulary|Council|Authority|Agency|Service|Services|Trust|Ltd|Limited|plc|PLC|LLP|Inc|Group|Company|Partnership|Association|Federation|Union|Commission|Ministry|Department|Tribunal|Court|Board|Office|Committee|University|College|School|Hospital|Campaign|Society|Alliance|Coalition|Network|Forum|Foundation|Institute|Charity|Surgery|Practice|Clinic|Centre|Center|Library|Museum|Theatre|Church|Station|Airport|Hotel)$/u;

/** The people `text` gives an office, each with it (a pair may be read by two patterns: both kept). */
/** A region of a country by its quarter: "South West", "North East", "the Midlands". */
const REGION = /^(?:the\s+)?(?:(?:North|South|East|West|Central)(?:[\s-]+(?:East|West))?|(?:East|West)\s+Midlands|Midlands|Home\s+Counties)$/;

export function officeHolders(text: string): OfficeHolder[] {
  const out: OfficeHolder[] = [];
  // (Where the names are that are given an office before them with a comma, "the minister, Janet Corr".)
  const before = new Set<number>();
  for (const { re, office, person, officeFirst } of PAIRS) {
    for (const m of text.matchAll(re)) {
      // (Not the first of two offices: "President and Chief Executive Officer of Torvald" is both.)
      if (/^\s*(?:and|&)\s+\p{Lu}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8))) continue;
      // (Not a body before "whose" and the office of its own holder: "Healthwatch Kelmouth, whose chair, Denise Morrow".)
      if (/^whose\s/i.test(m[office])) continue;
      // (Not the organisation's name in the possessive: "the trust's medical director" is a "medical director".)
      const written0 = m[office].toLowerCase().replace(/\s+/g, ' ');
      const of = /\s+of\s+/.exec(written0);
      const post = of ? written0.slice(0, of.index) : written0;
      const body = of ? written0.slice(of.index + of[0].length).replace(/^the\s+/, '') : '';
      const words = post.split(/\s+/).filter(ofOffice);
      // (An office's word joined to the one before: "Vice-chair Robert Essex" is the vice-chair, not the chair.)
      const officeAt = m.index! + m[0].indexOf(m[office]);
      const joined = /(\p{L}+)[-‐]$/u.exec(text.slice(Math.max(0, officeAt - 16), officeAt));
      if (joined && words.length) words[0] = `${joined[1].toLowerCase()}-${words[0]}`;
      // (An officer named by another office is that office: "Chief Executive Officer" is the chief executive.)
      if (words.length >= 2 && words[words.length - 1] === 'officer' && OFFICES.includes(words[words.length - 2])) words.pop();
      const key = [...words, ...(body ? ['of', body] : [])].join(' ');
      const who = m[person];
      const names = who.split(/\s+/).filter((w) => !TITLE_WORD.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
      if (!key || !names.length) continue;
      // (A body is no holder: "Superintendent Gareth Oyelaran, North Vale Police, Stanbury district commander" gives
      // the post to him, not to "North Vale Police".)
      // (Nor a body's name longer than a person's, cut at four words: "Head of Marine Licensing, Southern Coast Marine
      // Licensing Authority" under a signature.)
      const at = m.index! + m[0].indexOf(who);
      if (BODY_BY_KIND.test(who) || BODY_BY_KIND.test(who + (/^(?:[ \t]+\p{Lu}[\p{L}'’&-]*)+/u.exec(text.slice(at + who.length))?.[0] ?? ''))) continue;
      // (Nor a region after a post: "Head of Grants, South West" is the post for a region, under a signature.)
      if (REGION.test(who)) continue;
      // (Nor an office's department, a letterhead's line over its address: "Office of the Chief Executive" over
      // "Harbour House, Quay Street".)
      if (/\b(?:Office|Department|Directorate|Division|Private\s+Office)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! + m[0].indexOf(m[office]) - 30), m.index! + m[0].indexOf(m[office])))) continue;
      // The office without the words before it that are none of it ("the", "Madam").
      const written = m[office];
      let skip = 0;
      for (const w of written.split(/(?<=\s)/)) {
        if (ofOffice(w.trim().toLowerCase())) break;
        skip += w.length;
      }
      const titleAt = m.index! + m[0].indexOf(written) + skip - (joined && skip === 0 ? joined[0].length : 0);
      const title = (joined && skip === 0 ? joined[0] : '') + written.slice(skip);
      // (Not a body called by its kind: "the Bank's chief economist", "the Council's leader" are the posts.)
      const ofNamed = /\p{Lu}[\p{L}-]*['’]s\s/u.test(written) && !(/^\p{Lu}\p{Ll}+['’]s\s/u.test(written) && /\bthe\s+$/i.test(text.slice(Math.max(0, titleAt - skip - 8), titleAt - skip)));
      const atBody = AT_BODY.exec(text.slice(titleAt + title.length, titleAt + title.length + 80));
      // The organisation's name in the possessive right before the office ("Brightwell's Chief Information Security
      // Officer"), with the office.
      const owned = OWNER_BEFORE.exec(text.slice(Math.max(0, titleAt - 60), titleAt));
      const ownerAt = owned ? titleAt - owned[0].length : -1;
      if (officeFirst) before.add(at);
      out.push({
        office: key,
        person: who,
        names,
        span: { start: at, end: at + who.length },
        ofNamed,
        title,
        titleSpan: { start: titleAt, end: titleAt + title.length },
        ...(atBody ? { at: atBody[1].toLowerCase() } : {}),
        ...(owned ? { owner: owned[1].toLowerCase(), ownedTitle: { text: text.slice(ownerAt, titleAt + title.length), span: { start: ownerAt, end: titleAt + title.length } } } : {}),
      });
    }
  }
  // An office by its verb: "Gwen Rowe, who chairs the fundraising committee", "Derek Shaw, who chairs Ashcombe Angling
  // Association", "Dr Clegg, who has chaired the panel since 2021" (not a past "chaired", an office held before).
  for (const m of text.matchAll(VERB_OFFICE)) {
    const who = m[1];
    if (BODY_BY_KIND.test(who)) continue;
    const names = who.split(/\s+/).filter((w) => !TITLE_WORD.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
    const verbAt = m.index! + m[0].indexOf(m[2], who.length);
    const title = text.slice(verbAt, m.index! + m[0].length);
    // (The office as a noun, for messages: "chair of the fundraising committee".)
    const noun = title.replace(/^(?:has\s+(?:also\s+)?)?(chair|head)\w*/i, (_, w: string) => `${w.toLowerCase()} of`);
    const body = m[3].toLowerCase().replace(/\s+/g, ' ');
    const at = m.index!;
    // (A body by its kind alone is the one the text is about, whose chair a list gives as "Chair": "Councillor Priya
    // Sandhu, who chairs the committee" / "Councillor Rajesh Bhatt (Chair), Councillor Priya Sandhu (Vice-Chair)".)
    const kind = /^(?:committee|panel|board|meeting|inquiry|review)$/.test(body);
    out.push({ office: `${/chair/i.test(m[2]) ? 'chair' : 'head'}${kind ? '' : ` of ${body}`}`, person: who, names, span: { start: at, end: at + who.length }, ofNamed: false, title, titleSpan: { start: verbAt, end: verbAt + title.length }, noun });
  }
  // A name with an office of its own after it is no holder of the office before it: "In a letter to the minister,
  // Janet Corr, chair of the Lifeline Campaign, said" is the chair writing to the minister, not the minister.
  const apposed = new Set(out.filter((h) => h.titleSpan.start > h.span.end).map((h) => h.span.start));
  // And an office between two names is the second's, written before it: "read by prosecutor Fenella Coyle, the
  // hospice's chief executive, Elaine Moresby, described" gives the chief executive's post to Elaine Moresby.
  const second = new Set(out.filter((h) => before.has(h.span.start) && h.titleSpan.start < h.span.start && !apposed.has(h.span.start)).map((h) => h.titleSpan.start));
  return out.filter((h) => !(before.has(h.span.start) && h.titleSpan.start < h.span.start && apposed.has(h.span.start)) && !(h.titleSpan.start > h.span.end && second.has(h.titleSpan.start)));
}

/** The office's last word, one word for its forms ("chairman", "chairwoman" / "chair"). */
export function officeHead(office: string): string {
  // (The office of something is the office: "chair of governors" is a chair.)
  const post = office.replace(/\s+of\s+.*$/, '');
  const word = post.slice(post.lastIndexOf(' ') + 1);
  // (A word joined to it is of it: "vice-chairman" is a vice-chair, no chair.)
  const joined = /^(\p{L}+-)(.+)$/u.exec(word);
  const head = joined ? joined[2] : word;
  return (joined ? joined[1] : '') + (/^chair/.test(head) ? 'chair' : /^spokes/.test(head) ? 'spokesperson' : head);
}

/** Whether two offices may be one: the same words, or one's the end of the other's ("head coach" / "Newcastle head coach"). */
export function sameOffice(a: string, b: string): boolean {
  if (officeHead(a) !== officeHead(b)) return false;
  const x = a.split(' ');
  const y = b.split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.slice(0, -1).every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * Offices one person seldom holds two of at once, so that another one given to them is a mistake ("finance director"
 * for the chief executive); not a team's (a captain of a club and of a country, a coach called manager or boss).
 */
const SOLE_OFFICES = new Set(['executive', 'chair', 'director', 'minister', 'secretary', 'president', 'speaker', 'mayor', 'governor', 'treasurer', 'chancellor', 'principal', 'headteacher', 'registrar', 'clerk', 'editor', 'founder', 'coordinator']);
/** Whether an office's head is one of `SOLE_OFFICES`, or one of them with a word joined to it ("vice-chair"). */
const sole = (head: string) => SOLE_OFFICES.has(head) || SOLE_OFFICES.has(head.replace(/^\p{L}+-/u, ''));

/** Whether two offices of one person cannot both be theirs (`SOLE_OFFICES`, of different kinds). */
export function otherOffice(a: string, b: string): boolean {
  const x = officeHead(a);
  const y = officeHead(b);
  // Two ranks: another one, unless one is the other with fewer words ("Inspector" / "Detective Inspector"), whatever
  // either is of ("principal inspector of historic buildings" / "Principal Inspector").
  const bare = (o: string) => o.split(' of ')[0];
  if (RANKS.includes(x) && RANKS.includes(y)) return !sameOffice(bare(a), bare(b));
  return x !== y && sole(x) && sole(y);
}

/**
 * Whether an office names one post: qualified ("deputy speaker", "Spain coach") or of a kind one body has one of
 * ("chair", "minister"); not a bare "coach" or "captain", which each team of a match report has.
 */
export function onePost(office: string): boolean {
  if (RANKS.includes(officeHead(office))) return false;
  // (An officer is one post only as a chief: "chief fire officer", not "police officer" nor "press officer"; so too
  // "chief economist", not "senior economist".)
  if (CHIEF_ONLY.has(officeHead(office))) return /^chief\s/.test(office);
  return office.includes(' ') || sole(officeHead(office));
}
