/**
 * The roles that a text gives people in apposition ("Tom Whitfield, the Chancellor, said", "The shadow chancellor,
 * Tom Whitfield, said", "the investigating manager, Gareth Pugh, had"), and whether a claim's role for a person is
 * another than a source's for the same person: another post ("managing director" / "investigating manager") or the
 * same post with a word that makes it another ("the Chancellor" / "the shadow chancellor").
 */
import { escapeRegExp } from '../text/regexp';
import { STOPWORDS } from '../index/tokenize';
import type { Span } from '../types';
import { officeHead } from './offices';
import { valueAgrees, type TypedValue } from './values';

export interface NamedRole {
  /** The person's name. */
  name: TypedValue;
  /** The role as written ("shadow chancellor", "company's managing director") and where. */
  text: string;
  span: Span;
  /** Its head, the post ("chancellor", "director"), lower-case. */
  head: string;
  /** Its other words, lower-case, possessives ("company's") left out. */
  modifiers: string[];
  /**
   * The field a post is of, when its "of" names one and no body ("Director of Midwifery": "midwifery"; not "director
   * of the trust", "Director of Kestrel Valley Hospitals NHS Trust"), lower-case.
   */
  field?: string;
  /**
   * The body a post is of or at, when the role names one by its name ("director of Northgate Ballot Services Ltd",
   * "Director of Water Quality Regulation at the IWRA"): its words, lower-case.
   */
  body?: string[];
}

/**
 * A role after a name: ", the Chancellor," or ", Brightwell's Chief Executive," up to a comma, a verb of saying or
 * being, or the end of the clause or line (a role never runs on to the next line of a list: "Marcus Thorne, Head of
 * Highways and Transport\nPriya Venkataraman, …"; nor does any of the patterns below).
 */
// (Not the next person's post after "and": "its chair, Dr Helen Marsh, and secretary, Colin Pettifer,".)
const ROLE_AFTER = /^,[^\S\n]+(?!(?:and|or|but|nor)\b)(?!(?:said|says|told|tells|warned|added|asked|explained|announced|confirmed|admitted|argued|claimed|insisted|wrote|replied|urged)\b)(?!\p{Ll}+ing[^\S\n]+(?:as|for|to|in|on|at|about|from)\b)(?:(?:the|a|an|our|its|their)[^\S\n]+)?((?:[\p{L}'’-]+[^\S\n]+){0,6}?[\p{L}'’-]+)(?=[^\S\n]*,|[^\S\n]+(?:said|says|told|has|had|have|is|was|were|will|would|who|announced|added)\b|[^\S\n]*[.;:(]|[^\S\n]*$|[^\S\n]*\n)/iu;
/**
 * A longer role after a name, with or without its article, when a verb of saying follows it: "Kwame Addo-Bright, an emergency
 * department staff nurse and chair of the ANU branch at Castlebridge General Hospital, said:" (the verb makes it the
 * speaker's description, not a clause that runs on). Not a clause of how they spoke: "Councillor Pardoe, speaking as
 * the councillor for Millbrook ward rather than for the cabinet, said".
 */
const LONG_ROLE_AFTER = /^,[^\S\n]+(?!\p{Ll}+ing[^\S\n]+(?:as|for|to|in|on|at|about|from)\b)(?:(?:the|a|an)[^\S\n]+)?((?:[\p{L}'’-]+[^\S\n]+){7,15}?[\p{L}'’-]+)(?=[^\S\n]*,[^\S\n]*(?:said|says|told|added)\b)/iu;
/**
 * Two roles after a name, each with its determiner: ", the scheme's only other trustee and the company's managing
 * director,"; ", the union's regional organiser and a driver at the Fenwick Road depot for 17 years,".
 */
const ROLE_PAIR_AFTER = /^,[^\S\n]+(?:the|its|their|our)[^\S\n]+((?:[\p{L}'’-]+[^\S\n]+){0,4}?[\p{L}'’-]+)[^\S\n]+and[^\S\n]+(?:(?:the|its|their|our)[^\S\n]+((?:[\p{L}'’-]+[^\S\n]+){0,4}?[\p{L}'’-]+)|(?:a|an)[^\S\n]+((?:[\p{L}\d'’-]+[^\S\n]+){0,9}?[\p{L}\d'’-]+))(?=[^\S\n]*,|[^\S\n]+(?:said|says|told|has|had|have|is|was|were|will|would|who|announced|added)\b|[^\S\n]*[.;:(])/iu;
/** A line this long is a hard-wrapped paragraph's, whose roles may run on to the next line. */
const WRAPPED_LINE = 60;
/**
 * A role before a name: "the shadow chancellor, ", "its head of policy, ", "the then Director of Nursing and
 * Midwifery, " right before it.
 */
const ROLE_BEFORE = /\b(?:the|a|an|its|his|her|their|our)[^\S\n]+((?:[\p{L}'’-]+[^\S\n]+){0,6}[\p{L}'’-]+),[^\S\n]*$/iu;

/** A role owned by a name instead of after a determiner: "Brenmoor's company secretary, " right before the name. */
const ROLE_BEFORE_OWNER = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}&-]*(?:[^\S\n]+\p{Lu}[\p{L}&-]*){0,3}['’]s[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,4}[\p{L}'’-]+),[^\S\n]*$/u;
/** A name that starts with an office of something: "Director of Urgent Care Marcus Webb" (1 the office, 2 the person). */
const OFFICE_IN_NAME = /^((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3})(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u;
/** The last word of a body's name: "Oakvale Care Group", "Harbridge Borough Council". */
const BODY_NAME_END = /\s(?:Group|Promotions|Events|Holdings|Partners|Homes|Housing|Care|Ltd|Limited|plc|PLC|Council|Trust|Company|Authority|Agency|Services?|Association|Society|Union|Board|Committee|University|College|School|Hospital|Foundation|Institute|Partnership|Bank|Club|Police|Constabulary|Department|Ministry|Commission|Corporation)$/u;
/** A role after a dash at a list line's start: "Cllr Denise Harlow - Chair; Cabinet Member for …". */
const ROLE_DASHED = /^[^\S\n]+[-–—][^\S\n]+((?:[\p{L}\d'’.-]+[^\S\n]+){0,5}?[\p{L}'’.-]+)(?=[^\S\n]*[,;(]|[^\S\n]*$|[^\S\n]*\n)/u;
/** A role in brackets after a name: "Simon Achterberg (Principal Planning Officer)". */
// (Up to a comma inside the brackets: "Dr Tomasz Wilk (Team Medical Officer, in HP1)"; an honorary post is the post:
// "Derek Ansell (Hon. Secretary)".)
const ROLE_BRACKETED = /^[^\S\n]*\((?:Hon\.?[^\S\n]+)?((?:[\p{L}'’-]+[^\S\n]+){0,6}?[\p{L}'’-]+)(?:\)|,)/iu;
/** A role written right before a name as a title, without a determiner or comma: "Finance director Susan Brightwell". */
const ROLE_TITLE = /(?:^|[^\p{L}'’-])((?:[\p{L}\d'’-]+[^\S\n]+){0,5}[\p{L}'’-]+)[^\S\n]+$/u;
/** A list line's "Role: Name" ("Medical director: Dr Tomasz Wierzbicki"): the role, before the name's courtesy titles. */
const ROLE_COLON = /(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]+)?((?:[\p{L}'’-]+[^\S\n]+){0,5}[\p{L}'’-]+):[^\S\n]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor)\.?[^\S\n]+)*$/u;
/** Bodies whose members hold a post ("cabinet member", "board member"). */
const GOVERNING = new Set(['cabinet', 'board', 'executive', 'committee']);
/** Courtesy titles, which are part of no role. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
/** Small words a title before a name may have inside it ("Head of planning"). */
const TITLE_INNER = new Set(['of', 'for']);

/** The posts a role may name. Another post for the same person is another role. */
const POSTS = new Set([
  'chancellor', 'minister', 'secretary', 'director', 'manager', 'officer', 'chairman', 'chairwoman', 'chair', 'convener', 'convenor', 'president',
  'executive', 'editor', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'leader', 'captain', 'coach',
  'judge', 'inspector', 'sergeant', 'constable', 'superintendent', 'commissioner', 'headteacher', 'principal', 'founder',
  'owner', 'partner', 'adviser', 'advisor', 'analyst', 'economist', 'professor', 'lecturer', 'researcher', 'scientist',
  'surgeon', 'consultant', 'councillor', 'mp', 'senator', 'ambassador', 'treasurer', 'trustee', 'curator', 'chief',
  'forecaster', 'correspondent', 'commander', 'controller', 'administrator', 'registrar', 'coroner', 'prosecutor',
  'solicitor', 'barrister', 'midwife', 'nurse', 'coxswain', 'skipper', 'mate', 'engineer', 'architect', 'planner',
  'keeper', 'warden', 'ranger', 'investigator', 'statistician', 'strategist', 'organiser', 'organizer', 'coordinator',
  'official', 'ombudsman', 'ombudswoman', 'auditor', 'clerk', 'steward', 'archivist', 'librarian',
]);
/**
 * Posts that are a profession, which a person has besides a post in a body ("the family's solicitor, Owen
 * Prendergast" / "Owen Prendergast, Partner, Hartley Moss Solicitors"): no other role than a post that is none.
 */
const PROFESSIONS = new Set([
  'solicitor', 'barrister', 'surgeon', 'consultant', 'nurse', 'midwife', 'engineer', 'architect', 'planner', 'economist',
  'analyst', 'scientist', 'researcher', 'lecturer', 'professor', 'forecaster', 'correspondent', 'adviser', 'advisor',
  'statistician', 'strategist',
]);
/** A people's adjective at the start of a description ("Romanian director", "French cinematographer"). */
// (Not the words of a post with those endings: "Branch secretary", "Parish clerk", "Public health director".)
export const NATIONALITY = /^(?!(?:Branch|Research|Church|Parish|Public|Human|Academic|Civic|Music|Clinic|Logistic|Dispatch|Search|Coach|Urban|Veteran|Librarian|Technician|Physician|Paediatrician|Pediatrician|Politician|Electrician|Statistician|Mathematician|Historian|Guardian|Custodian|Civilian|Musician|Clinician)\s)\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|ch|i|ic)\s/u;
/** Words that make a profession a post ("chief economist", "head nurse"). */
const RANK_OF_POST = new Set(['chief', 'head', 'lead', 'principal', 'senior', 'deputy', 'assistant', 'director']);
/** Whether a role is a profession, not a post in a body: "the family's solicitor", not "the party's chief economist". */
function profession(role: NamedRole): boolean {
  return PROFESSIONS.has(role.head) && !role.modifiers.some((m) => RANK_OF_POST.has(m));
}
/** Words that make a post another: "shadow chancellor", "former minister", "deputy leader", "acting chief constable". */
const POST_QUALIFIERS = new Set(['shadow', 'former', 'deputy', 'acting', 'interim', 'vice', 'pro', 'assistant', 'junior', 'ex', 'outgoing', 'incoming']);

/** The roles a text gives its names in apposition. */
export function namedRoles(text: string, values: readonly TypedValue[]): NamedRole[] {
  const out: NamedRole[] = [];
  /** The role of `words`, written at `start`, for `name`, when it names a post. */
  const add = (words: string, start: number, name: TypedValue) => {
    // (Not a relative clause, which tells what the person did or was: "Mrs Marchbank, who spent nine years as
    // assistant manager at Greenleys Garden Centre, said …".)
    if (/^\s*(?:who|whom|whose|which|that)\b/i.test(words)) return;
    // Two posts joined by "and" are two roles ("festival director and co-founder of Brackwater Events").
    const and = /\s+and\s+/i.exec(words);
    if (and) {
      const first = roleOf(words.slice(0, and.index), { start, end: start + and.index }, name);
      const rest = words.slice(and.index + and[0].length);
      const second = roleOf(rest, { start: start + and.index + and[0].length, end: start + words.length }, name);
      if (first && second) {
        out.push(first, second);
        return;
      }
    }
    const role = roleOf(words, { start, end: start + words.length }, name);
    if (role) out.push(role);
  };
  for (const value of values) {
    if (value.kind !== 'name') continue;
    // An office written as a title in the name's capitals ("Director of Urgent Care Marcus Webb"): the office and the
    // person's two last words.
    // (Not the end of a body's name: "Chief Executive of Oakvale Care Group" is no office of a "Care Group".)
    const office = OFFICE_IN_NAME.exec(value.text);
    if (office && !BODY_NAME_END.test(` ${office[2]}`)) {
      const person = office[2];
      const at = value.span.start + value.text.length - person.length;
      // (Without a courtesy title before the person: "Head of Hoofstock Mrs Priya Ramanathan".)
      const written = office[1].trimEnd().replace(/(?:\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)+$/u, '');
      add(written, value.span.start, { ...value, text: person, span: { start: at, end: value.span.end }, name: person.toLowerCase().split(/\s+/) });
    }
    const name = value;
    // A committee's chair by the verb: "the health overview and scrutiny committee, chaired by Cllr Tom Whitlock".
    const chaired = /\b(chair)ed\s+by\s+$/i.exec(text.slice(Math.max(0, name.span.start - 16), name.span.start));
    // (Not with a post of the person's own after the name: "chaired by Councillor Derek Antrobus, Leader of the
    // Council".)
    if (chaired && (name.name?.length ?? 0) >= 2 && !/^\s*,\s*(?:the\s+|its\s+)?\p{L}/u.test(text.slice(name.span.end, name.span.end + 12))) add(chaired[1], name.span.start - chaired[0].length, name);
    // A hard-wrapped paragraph (a line of 60 characters or more) runs on across its line breaks ("Helen Achterberg,
    // Principal Inspector of Historic Buildings for the\nCommission's Western region, said:"); a list's short lines do
    // not ("Marcus Thorne, Head of Highways and Transport\nPriya Venkataraman, …").
    const lineStart = text.lastIndexOf('\n', name.span.start - 1) + 1;
    const lineEnd = text.indexOf('\n', name.span.end);
    // (Or a line of a sentence cut short, whose next line goes on in lower case: "the company's\npayroll manager".)
    const wrapped = (lineEnd < 0 ? text.length : lineEnd) - lineStart >= WRAPPED_LINE || (lineEnd >= 0 && /^\n\p{Ll}/u.test(text.slice(lineEnd, lineEnd + 2)));
    const following = (length: number) => {
      const next = text.slice(name.span.end, name.span.end + length);
      // (Not into a line of its own, a header's "Client: …" or a list's bullet: "Lead engineer: Dr Elaine Forsyth
      // CEng MIStructE, Associate Director\nClient: Corran Playhouse Trust".)
      return wrapped ? next.replace(/\n(?![ \t]*(?:\n|[-*•][ \t]|\p{Lu}[\p{L}'’ ]{0,30}:[ \t]))/gu, ' ') : next;
    };
    const rest = following(90);
    const after = ROLE_AFTER.exec(rest) ?? LONG_ROLE_AFTER.exec(following(160));
    // (Not a post between two names that is the next one's, a person with a post of their own before their name:
    // "read to the court by prosecutor Fenella Coyle, the hospice's chief executive, Elaine Moresby, described".)
    // (Or one between a preposition's person and the subject after: "In a letter to Mr Pennick, its clerk, Janet
    // Aldous, said".)
    const nextOwns = () => {
      if (!titleBefore(text.slice(Math.max(0, name.span.start - 80), name.span.start)) && !/\b(?:to|from|with)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor)\.?\s+)?$/.test(text.slice(Math.max(0, name.span.start - 20), name.span.start))) return false;
      const at = name.span.end + after![0].length;
      const gap = /^[^\S\n]*,[^\S\n]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?[^\S\n]+)*/u.exec(text.slice(at, at + 40));
      return !!gap && values.some((v) => v.kind === 'name' && v !== name && v.span.start === at + gap[0].length && (v.name?.length ?? 0) >= 2 && !BODY_WORD.test(v.text));
    };
    if (after) {
      if (!nextOwns()) add(after[1], name.span.end + after[0].length - after[1].length, name);
    } else {
      // Two roles joined by "and": "Janet Ellery, the scheme's only other trustee and the company's managing
      // director, countersigned …".
      // (The second may be a description with its article: "Carol Whitby, the union's regional organiser and a driver
      // at the Fenwick Road depot for 17 years, said".)
      const pair = ROLE_PAIR_AFTER.exec(rest);
      if (pair) {
        const other = pair[2] ?? pair[3];
        add(pair[1], name.span.end + pair[0].indexOf(pair[1], 2), name);
        add(other, name.span.end + pair[0].length - other.length, name);
      }
    }
    // A list's "Name - Role" line ("Cllr Denise Harlow - Chair; …", "Dr. Aino Virtanen - BOREAS-1 Project Scientist, …").
    if (/(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, name.span.start - 30), name.span.start).replace(/(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+$/, ''))) {
      const dashed = ROLE_DASHED.exec(rest);
      if (dashed) add(dashed[1], name.span.end + dashed[0].length - dashed[1].length, name);
    }
    const colon = ROLE_COLON.exec(text.slice(Math.max(0, name.span.start - 80), name.span.start));
    if (colon) add(colon[1], name.span.start - Math.min(80, name.span.start) + colon.index + colon[0].indexOf(colon[1]), name);
    const bracketed = ROLE_BRACKETED.exec(rest);
    if (bracketed) {
      const count = out.length;
      add(bracketed[1], name.span.end + bracketed[0].length - 1 - bracketed[1].length, name);
      // (A body's name after the comma is the post's body: "Lucy Brennan (Highways Development Manager, Lowmoor County
      // Council)".)
      const body = /^[^\S\n]*((?:\p{Lu}[\p{L}&'’-]*[^\S\n]+){0,4}\p{Lu}[\p{L}&'’-]*)[^\S\n]*\)/u.exec(rest.slice(bracketed[0].length));
      const role = out[count];
      if (role && !role.body && bracketed[0].endsWith(',') && body && BODY_WORD.test(body[1])) {
        role.body = body[1].toLowerCase().split(/[\s&-]+/).filter((w) => w && !STOPWORDS.has(w));
        // (The post as the source writes it, with its body: "Highways Development Manager, Lowmoor County Council".)
        const end = name.span.end + bracketed[0].length + body.index + body[0].indexOf(body[1]) + body[1].length;
        role.text = text.slice(role.span.start, end);
        role.span = { start: role.span.start, end };
      }
    }
    const window = text.slice(Math.max(0, name.span.start - 80), name.span.start);
    // (Not a name after "of" or "for": the field of a post, "Principal Inspector of Historic Buildings".)
    const title = /\b(?:of|for)\s+$/i.test(window) ? undefined : titleBefore(window);
    if (title) add(title.text, name.span.start - window.length + title.start, name);
    // (A courtesy title between the role and the name: "the team's medical officer, Dr Tomasz Wilk".)
    const bare = window.replace(/(?<=,[^\S\n]*)(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?[^\S\n]+)+$/u, '');
    const before = ROLE_BEFORE.exec(bare);
    if (before) {
      // The words after the nearest determiner ("the board by the then chief executive, " is "then chief executive").
      const inner = /^.*\b(?:the|a|an|its|his|her|their|our)\s+/isu.exec(before[1]);
      const words = inner ? before[1].slice(inner[0].length) : before[1];
      const at = name.span.start - window.length + before.index + before[0].indexOf(before[1]);
      const count = out.length;
      add(words, at + (inner ? inner[0].length : 0), name);
      // (Or all of them when those are no post: "the home's deputy manager at the time, Sandra Kerr" is a deputy
      // manager, not a "time".)
      if (out.length === count && inner) add(before[1], at, name);
    } else {
      const owned = ROLE_BEFORE_OWNER.exec(bare);
      if (owned) add(owned[1], name.span.start - window.length + owned.index + owned[0].indexOf(owned[1]), name);
    }
  }
  return out;
}


/**
 * A title right before a name, its words back to the first small word ("members that head of planning Simon
 * Achterberg": "head of planning"); none after a comma (`ROLE_BEFORE`'s).
 */
function titleBefore(window: string): { text: string; start: number } | undefined {
  const m = ROLE_TITLE.exec(window);
  if (!m) return undefined;
  const words = [...m[1].matchAll(/[\p{L}\d'’-]+/gu)];
  let k = words.length;
  // (Not back past a figure: a log's time, "10:20  SSD manager Paul Enwright".)
  while (k > 0 && !/\d/.test(words[k - 1][0]) && (!STOPWORDS.has(words[k - 1][0].toLowerCase()) || (TITLE_INNER.has(words[k - 1][0].toLowerCase()) && k < words.length))) k--;
  // (Not a courtesy title before the name: "head of customer experience Mr Alan Whitcombe".)
  let end = words.length;
  while (end > k && COURTESY.has(words[end - 1][0].toLowerCase().replace(/\.$/, ''))) end--;
  // (Not a verb after "to": "to support commissioner Gillian Oakhurst's proposed precept" names the commissioner; "to
  // deputy commissioner" keeps its rank.)
  if (k > 0 && k < end - 1 && /^to$/i.test(words[k - 1][0]) && /^\p{Ll}/u.test(words[k][0]) && !POST_QUALIFIERS.has(words[k][0]) && !RANK_OF_POST.has(words[k][0])) k++;
  if (k >= end) return undefined;
  const text = m[1].slice(words[k].index!, words[end - 1].index! + words[end - 1][0].length);
  return { text, start: window.trimEnd().length - m[1].length + words[k].index! };
}

function roleOf(text: string, span: Span, name: TypedValue): NamedRole | undefined {
  // The post before what it is of or for ("Vice-Chancellor of Northbridge University", "Deputy Commissioner for
  // Regulatory Supervision"); the parts of a hyphenated post are words of their own ("pro", "vice", "chancellor").
  // (And what a post is on or in: "lead investigator on the case".)
  // (A chief's initials are the post written out: "Priya Dawlish (CFO, Brenmoor)" is the chief financial officer.)
  const [post, ...of] = text.replace(/\bC([EFOT])O\b/g, (_, c: string) => `chief ${CHIEF_OF[c]} officer`).split(/\s+(?:of|for|at|on|in)\s+/i);
  const words = post
    .toLowerCase()
    .split(/[\s-]+/)
    // "formerly deputy governor" is a former deputy governor; "the then chief executive" was the chief executive then,
    // a former one.
    .map((w) => (w === 'formerly' || w === 'previously' || w === 'then' ? 'former' : w))
    // (Nor words of the person's relation to others, which make no other post: "her fellow administrator" / "joint
    // administrator".)
    .filter((w) => w && !/['’]s?$/.test(w) && !STOPWORDS.has(w) && !RELATION_WORDS.has(w));
  // "The ombudsman's chief" is the Chief Ombudsman (a post's own chief, where the post is a body's: "the
  // inspector's chief" alike).
  const possessor = /(?:^|\s)(\p{Ll}+)['’]s\s+chief$/u.exec(post.trim());
  if (words.length === 1 && words[0] === 'chief' && possessor && POSTS.has(possessor[1])) words.splice(0, 1, 'chief', possessor[1]);
  // "Chief Executive Officer" is the chief executive.
  if (words.length >= 2 && words[words.length - 1] === 'officer' && words[words.length - 2] === 'executive') words.pop();
  // (One word for a post's forms, as offices have it: "the parish council chairman" / "Chair".)
  let head = words.length ? officeHead(words[words.length - 1]) : undefined;
  // A head is the head of what it heads ("its head of policy" is no "head of communications"), wherever the post is
  // ("head of legal at the publisher" / "head of legal at Northern Courier Media").
  // (Not a head at a place, a school's: "the head at Kestle Down".)
  const headOf = head === 'head' && of.length > 0 && !(/^\p{Lu}/u.test(of[0]) && /^\S+\s+at\s/i.test(text.trim()));
  if (headOf) head = `head of ${of[0].toLowerCase()}`;
  // (A school's head by any of its names: "the head at Kestle Down" / "Kestle Down's headteacher".)
  else if (head === 'head' || head === 'headmaster' || head === 'headmistress') head = 'headteacher';
  // (A member of a body's governing few is a post: "cabinet member for highways", "board member".)
  else if (!head || !(POSTS.has(head) || (head === 'member' && words.some((w) => GOVERNING.has(w))))) return undefined;
  // A field of one or two words, no determiner and no body's word ("Director of Midwifery", "Head of Digital").
  // (Or a portfolio of up to six words after "for": "Cabinet Member for Economy and Town Centres".)
  const portfolio = of.length === 1 && /\sfor\s/i.test(text) && /^\p{L}+(?:\s+\p{L}+){0,5}$/u.test(of[0]);
  // (Before a body too: "Director of Structures at the Northern Roads Agency".)
  // (Not a name after "at", a place of work: "Operations Director at Kestrel Highways" is of a body, whatever its words.)
  const atBody = of.length === 1 && /^\p{Lu}/u.test(of[0]) && text.endsWith(of[0]) && /\sat\s+(?:the\s+)?$/i.test(text.slice(0, text.length - of[0].length));
  const fieldPart = atBody ? undefined : of.length === 1 || (of.length === 2 && /\sat\s+(?:the\s+)?\p{Lu}/u.test(text) && /^(?:the\s+)?\p{Lu}/u.test(of[1])) ? of[0] : undefined;
  const field = fieldPart !== undefined && head !== `head of ${fieldPart.toLowerCase()}` && (portfolio || /^\p{L}+(?:\s+\p{L}+)?$/u.test(fieldPart)) && !/\b(?:the|a|an|its|our|their)\b/i.test(fieldPart) && !BODY_WORD.test(fieldPart) ? fieldPart.toLowerCase() : undefined;
  // One post written three ways: "chief financial officer", "finance chief", "head of finance" (and "site operations
  // chief" / "head of site operations"); not the chief executive, a post of its own.
  // (By the function's last word: "poached Facebook's security chief" is a security chief.)
  const key = (ws: string[]) => (ws[ws.length - 1] ?? '').slice(0, 5);
  let modifiers = words.slice(0, -1);
  const chief = words.indexOf('chief');
  if (chief >= 0 && words.length - chief >= 3 && head === 'officer' && words[chief + 1] !== 'executive') {
    head = `chief of ${key(words.slice(chief + 1, -1))}`;
    // (What comes before "chief" qualifies it: "deputy chief financial officer"; "currently" is no part of it.)
    modifiers = words.slice(0, chief).filter((w) => POST_QUALIFIERS.has(w));
  } else if (head === 'chief' && words.length >= 2 && !POST_QUALIFIERS.has(words[0])) {
    head = `chief of ${key(words.slice(0, -1))}`;
    modifiers = [];
  } else if (head.startsWith('head of ')) head = `chief of ${key(head.slice(8).split(/\s+/))}`;
  // The body: the last part that is a name ("at the IWRA", "of Northvale Trains"), not a function ("of Midwifery").
  // (A body's name with its own "of", whole: "the Bramford Chamber of Commerce", "the Royal College of Nursing".)
  const before = of.length > 1 ? of[of.length - 2].replace(/^(?:the|a|an)\s+/i, '') : '';
  const ofBody = /\p{Lu}/u.test(before) && /\b(?:Chamber|Institute|College|Society|Department|Ministry|Bank|Museum|Faculty|School|University|Friends|Federation|Guild|League)$/u.test(before) && /^\p{Lu}/u.test(of[of.length - 1]);
  const last = of.length ? (ofBody ? `${before} of ${of[of.length - 1]}` : of[of.length - 1].replace(/^(?:the|a|an)\s+/i, '')) : '';
  // (Not a subject taught, after "in": "Senior Lecturer in Food Microbiology".)
  const inField = of.length > 0 && /\sin\s+$/i.test(text.slice(0, text.lastIndexOf(of[of.length - 1])));
  // (Nor what a head heads, alone: "Head of Reservoir Safety" has no body.)
  // (Nor the field of a post a possessive gives its body: "the agency's Director of Structures".)
  const owned = /^\p{L}+['’]s\s/u.test(post.trim());
  // (Nor a region a post is for, a remit: "the Partnership's director for the South West", whose body is the
  // Partnership.)
  const remit = of.length === 1 && /\sfor\s+(?:the\s+)?$/i.test(text.slice(0, text.lastIndexOf(of[0]))) && !BODY_WORD.test(last);
  const named = !remit && !(headOf && of.length === 1) && !(portfolio && field) && !(owned && field && of.length === 1 && !BODY_WORD.test(last)) && /^\p{Lu}/u.test(last) && !(inField && !BODY_WORD.test(last)) && (of.length > 1 || atBody || BODY_WORD.test(last) || !last.split(/\s+/).some((w) => isFunction(w.toLowerCase())));
  // (Or a name in the possessive before the post, none after it: "the Northern Isles Transport Board's chair".)
  // (Before a field of one part, the possessive is the body and the part the field: "the RSIB's Chief Inspector of Rail
  // Accidents".)
  const possessive = /^((?:\p{Lu}[\p{L}&-]*\s+){1,5})?\p{Lu}[\p{L}&-]*['’]s?\s/u.exec(post)?.[0].replace(/['’]s?\s$/u, '');
  const owner = !of.length || remit || (of.length === 1 && field && possessive && /^\p{Lu}{2,}$/u.test(possessive)) ? possessive : undefined;
  const bodyName = owner && of.length ? owner : named ? last : owner && (owner.includes(' ') || BODY_WORD.test(owner)) ? owner : undefined;
  const body = bodyName ? bodyName.toLowerCase().split(/[\s&-]+/).filter((w) => w && !STOPWORDS.has(w)) : undefined;
  return { name, text, span, head, modifiers, ...(field ? { field } : {}), ...(body?.length ? { body } : {}) };
}

/** Words of a post that say how its holder stands to others, not which post it is. */
const RELATION_WORDS = new Set(['fellow', 'joint', 'co', 'colleague']);

/** What a chief's initials stand for: CEO, CFO, COO, CTO. */
const CHIEF_OF: Record<string, string> = { E: 'executive', F: 'financial', O: 'operating', T: 'technology' };

/**
 * Words of a body's name that tell no body from another ("Ltd", "Services", "Group"), and words of its kind that many
 * bodies share ("Ashcombe Borough Council" / "Lowmoor County Council").
 */
const BODY_FILLERS = new Set(['ltd', 'limited', 'plc', 'llp', 'inc', 'group', 'services', 'service', 'company', 'co', 'and', 'council', 'county', 'borough', 'district', 'city', 'town', 'parish', 'metropolitan', 'trust', 'nhs', 'foundation', 'university', 'college', 'hospital', 'hospitals', 'authority', 'police', 'constabulary', 'fire', 'rescue', 'department', 'ministry', 'agency']);

/** Whether two roles name two bodies: no word of a name in common, and neither the other's initials. */
function otherBodies(a: NamedRole, b: NamedRole): boolean {
  // (Not a body that is the post's own field, the other's field too: "Director of Primary Care" is of no body called
  // "Primary Care" against "the ICB's director of primary care".)
  const own = (r: NamedRole, o: NamedRole) => !!r.body && !!r.field && r.field.toLowerCase() === o.field?.toLowerCase() && r.body.every((w) => r.field!.toLowerCase().split(/\s+/).includes(w));
  if (!a.body || !b.body || own(a, b) || own(b, a)) return false;
  // (Words without a possessive's apostrophe: "Harlowe Students' Union" / "International Students' Officer".)
  const plain = (w: string) => w.replace(/['’]s?$/u, '');
  const x = a.body.map(plain).filter((w) => !BODY_FILLERS.has(w));
  const y = b.body.map(plain).filter((w) => !BODY_FILLERS.has(w));
  if (!x.length || !y.length || x.some((w) => y.includes(w))) return false;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  return !(x.length === 1 && initials(y) === x[0]) && !(y.length === 1 && initials(x) === y[0]);
}

/** Functions a post may be of, by their first five letters: "medical director", "Director of Midwifery". */
const FUNCTIONS: ReadonlySet<string> = new Set(
  'medical nursing midwifery finance financial operations operating technology technical information commercial marketing sales legal communications research education policy strategy engineering digital people planning transport highways housing safeguarding estates investment compliance clinical quality security public environment children adult'
    .split(' ')
    .map((w) => w.slice(0, 5)),
);
const isFunction = (word: string | undefined) => !!word && FUNCTIONS.has(word.slice(0, 5));

/** A word that makes a post's "of" a body rather than a field ("director of Kestrel Trust"). */
const BODY_WORD = /\b(?:trust|council|university|college|school|company|group|agency|board|authority|services?|museum|hospital|hospitals|club|party|bank|department|ministry|committee|commission|institute|foundation|association|society|union|police|court|office|plc|ltd|inc|llp)\b/i;

/**
 * Whether a name is a post's title ("Vice President of Engineering", "Chief Executive Officer"): no rival of an
 * organisation's name ("Nimbusline's vice president of engineering" / "Rafael Duarte, Vice President of
 * Engineering").
 */
export function isPostTitle(text: string): boolean {
  const post = text.split(/\s+(?:of|for|at)\s+/i)[0].toLowerCase().split(/[\s-]+/);
  return POSTS.has(post[post.length - 1]) || (post[post.length - 1] === 'head' && post.length < text.split(/\s+/).length);
}

/**
 * A role of the claim's for a person that a source role for the same person makes another: a different post, or
 * the same post where one has a word that makes it another post (`POST_QUALIFIERS`) and the other has not.
 */
export function otherRole(claim: readonly NamedRole[], source: readonly NamedRole[], sourceText?: string): { claim: NamedRole; source: NamedRole } | undefined {
  for (const c of claim) {
    // (A post the source gives the person among others is stated: "Festival director Danielle Okoro" / "festival
    // director and co-founder of Brackwater Events".)
    if (source.some((s) => (valueAgrees(c.name, s.name) || valueAgrees(s.name, c.name)) && profession(c) === profession(s) && samePost(c, s))) continue;
    // (Nor a rank the source writes before the name: "Ruth Adeyemi, the chief inspector" / "Chief Inspector Ruth
    // Adeyemi, district commander for Brackenford".)
    if (source.some((s) => (valueAgrees(c.name, s.name) || valueAgrees(s.name, c.name)) && s.name.text.toLowerCase().startsWith(`${c.text.toLowerCase()} `))) continue;
    // (The source's post of the claim's head first, of two it gives: "senior lecturer in French" / "branch president
    // and senior lecturer in Philosophy" is set against the lecturer's post.)
    const ordered = [...source].sort((x, y) => Number(y.head === c.head) - Number(x.head === c.head));
    for (const s of ordered) {
      if (!valueAgrees(c.name, s.name) && !valueAgrees(s.name, c.name)) continue;
      // A claim's second post for the person that the source's words before the name give too ("Janet Ellery, the
      // scheme's only other trustee and the company's payroll manager" / "The only other trustee, Mrs Janet Ellery,
      // the company's payroll manager").
      if (sourceText && c.head !== s.head && new RegExp(`\\b${c.head}\\w*\\b[^.;]{0,20}$`, 'i').test(sourceText.slice(Math.max(0, s.name.span.start - 60), s.name.span.start))) continue;
      if (profession(c) !== profession(s)) continue;
      // (A description with a nationality is no post: "Romanian director Ioana Vlădescu" against "Jury president".)
      if (NATIONALITY.test(s.text) || NATIONALITY.test(c.text)) continue;
      // (Nor the source's post with a place or a second field the claim leaves out: "owner of Hatherley's Bakery" /
      // "owner of Hatherley's Bakery on Fore Street"; "Head of libraries" / "head of libraries and culture".)
      if (new RegExp(String.raw`^${escapeRegExp(c.text)}\s+(?:on|in|at|and)\s`, 'i').test(s.text)) continue;
      if (!samePost(c, s)) return { claim: c, source: s };
    }
  }
  return undefined;
}

/** Whether two roles are one post: the same head, and neither has a word that makes it another the other lacks. */
function samePost(a: NamedRole, b: NamedRole): boolean {
  const qualifier = (x: NamedRole, y: NamedRole) => x.modifiers.some((m) => POST_QUALIFIERS.has(m) && !y.modifiers.includes(m));
  return a.head === b.head && !qualifier(a, b) && !qualifier(b, a) && !otherFunction(a, b) && !otherBodies(a, b);
}

/**
 * Whether a word is the initials of a post's words, perhaps with a body's kind after them ("ssd" of "sterile
 * services": Sterile Services Department).
 */
function initialsOf(words: readonly string[], acronym: string): boolean {
  if (words.length < 2 || acronym.length < words.length || acronym.length > words.length + 1) return false;
  return acronym.startsWith(words.map((w) => w[0]).join(''));
}

/**
 * Whether two posts of one head are of different functions, by the words right before it ("managing director" /
 * "Operations Director", "Scottish secretary" / "Welsh secretary"); one word's form of the other's is the same
 * ("finance officer" / "financial officer"), and so is a post without a word the other has ("NASA scientist" / "NASA
 * chief scientist").
 */
function otherFunction(a: NamedRole, b: NamedRole): boolean {
  // A field against a word before the post, both of them a function (`FUNCTIONS`), the other post having no field:
  // "medical director" / "Director of Midwifery" (not "chief executive" / "Chief Executive of Downland Water").
  if ((a.field && !b.field && b.modifiers.length) || (b.field && !a.field && a.modifiers.length)) {
    const [f, other] = a.field ? [a.field, b] : [b.field!, a];
    const word = other.modifiers[other.modifiers.length - 1];
    const fields = f.split(' ').filter(isFunction);
    if (isFunction(word) && fields.length && !fields.some((w) => w.slice(0, 5) === word.slice(0, 5))) return true;
  }
  // Two fields with no word in common: "Cabinet Member for Finance" / "Cabinet Member for Economy and Town Centres",
  // "Director of Midwifery" / "Director of Nursing".
  if (a.field && b.field) {
    const words = (f: string) => f.split(/\s+/).filter((w) => !STOPWORDS.has(w)).map((w) => w.slice(0, 5));
    const theirs = words(b.field);
    if (!words(a.field).some((w) => theirs.includes(w))) return true;
  }
  const x = a.modifiers[a.modifiers.length - 1];
  const y = b.modifiers[b.modifiers.length - 1];
  if (!x || !y || POST_QUALIFIERS.has(x) || POST_QUALIFIERS.has(y)) return false;
  // (Words for one another: "sole partner" / "single partner".)
  if (Object.hasOwn(SAME_MODIFIER, x) && Object.hasOwn(SAME_MODIFIER, y) && SAME_MODIFIER[x] === SAME_MODIFIER[y]) return false;
  // (A department's initials for its words: "SSD manager" / "Sterile services manager".)
  if (initialsOf(a.modifiers, y) || initialsOf(b.modifiers, x)) return false;
  // (A word the other has further from the head: "NASA scientist" / "NASA chief scientist".)
  if (b.modifiers.includes(x) || a.modifiers.includes(y)) return false;
  const prefix = Math.min(x.length, y.length, 5);
  return x.slice(0, prefix) !== y.slice(0, prefix);
}

/** Words before a post that say the same of it: "sole partner", "single partner", "only partner". */
const SAME_MODIFIER: Readonly<Record<string, string>> = { sole: 'sole', single: 'sole', only: 'sole', lone: 'sole' };

/** Whether a source role is the claim's role for the same person. */
export function sameRole(claim: NamedRole, source: NamedRole): boolean {
  return (valueAgrees(claim.name, source.name) || valueAgrees(source.name, claim.name)) && samePost(claim, source);
}
