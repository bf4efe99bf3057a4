/**
 * People's ages as a text gives them: "Callum Wiseman, 52,", "Tomas Novak, aged 27,", "Holloway, a 47-year-old",
 * "the 47-year-old Darren Holloway", "Ewan Forsyth (38)". A report that gives one person another's age ("Skipper
 * Ewan Forsyth, 52," where the report has "The skipper, Callum Wiseman, 52, … The mate, Ewan Forsyth, 38,") states
 * the age: only the person's own tells the slip.
 */
import { TITLE } from './offices';

const CAP = String.raw`\p{Lu}[\p{L}'’-]*\p{L}`;
/** A person: a title and one to three capitalised words, or one to four capitalised words. */
const PERSON = String.raw`(?:${TITLE}\s+)?${CAP}(?:\s+${CAP}){0,3}`;
const AGE = String.raw`(?<age>\d{1,3})`;

const PATTERNS: RegExp[] = [
  // "Callum Wiseman, 52,", "Novak, aged 27,", "Forsyth, 38, had joined", "Holloway, a 47-year-old"
  new RegExp(String.raw`(?<person>${PERSON}),\s+(?:aged\s+|an?\s+(?=\d{1,3}-year-old))?${AGE}(?=-year-old|[,;)]|\s+(?:and|who|from|of)\b)`, 'gu'),
  // "Ewan Forsyth (38)"
  new RegExp(String.raw`(?<person>${PERSON})\s+\(${AGE}\)`, 'gu'),
  // "the 47-year-old Darren Holloway", "47-year-old skipper Callum Wiseman"
  new RegExp(String.raw`\b${AGE}-year-old\s+(?:\p{Ll}+\s+){0,2}(?<person>${PERSON})`, 'gu'),
];

/** Words that start a sentence or a clause, never a person's name. */
const NOT_A_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'Police', 'Officers', 'Residents']);
const TITLE_WORD = new RegExp(`^${TITLE}$`, 'u');
/** Capitalised words that end no person's name: a month or weekday before a day ("June, 12,"), a body. */
const NOT_A_PERSON = /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Street|Road|Avenue|Lane|Ltd|plc|Council|Trust|Hospital|Group|Court|Section|Paragraph|Chapter|Table|Figure|Room|Flat|Unit|Ward|Route|Platform|Gate|Level|Band|Grade)$/u;

export interface Age {
  /** The person's name words in lower case, titles left out. */
  names: string[];
  age: number;
  ageText: string;
  ageSpan: { start: number; end: number };
}

/** Whether a text may give a person's age (cheap). */
export const AGE_HINT = /\p{L},\s+(?:aged\s+|an?\s+)?\d{1,3}\b|\p{L}\s+\(\d{1,3}\)|\d-year-old\s/u;

/** The people a text gives an age, with the age. */
export function agesOf(text: string): Age[] {
  if (!AGE_HINT.test(text)) return [];
  const out: Age[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const words = g.person.split(/\s+/);
      while (words.length && NOT_A_NAME.has(words[0])) words.shift();
      const names = words.filter((w) => !TITLE_WORD.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
      if (!names.length || NOT_A_PERSON.test(g.person)) continue;
      const age = Number(g.age);
      if (!(age > 0 && age < 120)) continue;
      // (The age before the name in the last pattern, after it in the others.)
      const at = m.index! + (re === PATTERNS[2] ? m[0].indexOf(g.age) : m[0].indexOf(g.age, g.person.length));
      out.push({ names, age, ageText: g.age, ageSpan: { start: at, end: at + g.age.length } });
    }
  }
  return out;
}

/**
 * Whether two ages are given to one person: the same surname and, when both give a word before it, the same one
 * ("Skipper Ewan Forsyth" / "Ewan Forsyth": the word before the surname is the first name, "Skipper" a description).
 */
export function samePersonAged(a: Age, b: Age): boolean {
  const n = a.names.length;
  const k = b.names.length;
  if (a.names[n - 1] !== b.names[k - 1]) return false;
  return n === 1 || k === 1 || a.names[n - 2] === b.names[k - 2];
}

/**
 * People of an age group right before the bare figure that bounds it: "plot holders over 65", "anyone aged under 18",
 * "residents over 70". The figure is an age, no count of the people.
 */
const GROUP_AGE_BEFORE = /\b(?:(?:people|persons|holders|residents|tenants|patients|members|pensioners|adults|those|anyone|everyone|drivers|users|workers|women|men|children|customers|passengers|voters|applicants|owners)\s+(?:aged\s+)?(?:over|under|above|below)|aged\s+(?:over|under|above|below))\s+$/i;

/** Whether a bare figure (no unit) at `start` is the age that bounds a group of people: "other plot holders over 65". */
export function groupAge(text: string, start: number): boolean {
  return GROUP_AGE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
