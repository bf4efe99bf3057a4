/**
 * Where a text says people live or come from: "Darren Holloway, 47, of Great Yarmouth", "Holloway, a 47-year-old
 * from Lowestoft", "Mrs Margaret Elwood, who is 88 and lives in Sheringham", "Darren Holloway, you are 47 years old
 * and you live in Great Yarmouth". A reporter's slip of a home town is a common error of a court or crime report.
 */
import { TITLE } from './offices';

const CAP = String.raw`\p{Lu}[\p{L}'’-]*\p{L}`;
/** A person: a title and one to three capitalised words, or one to four capitalised words. */
const PERSON = String.raw`(?:${TITLE}\s+)?${CAP}(?:\s+${CAP}){0,3}`;
/** A place: one to three capitalised words ("Lowestoft", "Great Yarmouth", "King's Lynn"). */
const PLACE = String.raw`${CAP}(?:\s+${CAP}){0,2}`;
/** An age in apposition or words that describe the person before "of" or "from" ("47,", "a 47-year-old", "a retired teacher"). */
const DESCRIBED = String.raw`(?:\d{1,3},\s+|(?:an?\s+)?\d{1,3}-year-old(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+)?`;

const PATTERNS: RegExp[] = [
  // "Darren Holloway, 47, of Great Yarmouth", "Holloway, a 47-year-old from Lowestoft", "Holloway, from Lowestoft"
  // ("of Mill Lane, Ellerby": the street and its town, either of which a claim may give)
  new RegExp(String.raw`(?<person>${PERSON}),\s+${DESCRIBED}(?:of|from)\s+(?<place>${PLACE}(?:,\s+${PLACE}(?![\p{L}'’-])(?!\s*,\s+\d))?)(?![\p{L}'’-])`, 'gu'),
  // "Mrs Margaret Elwood, who is 88 and lives in Sheringham", "Darren Holloway, you are 47 years old and you live in
  // Great Yarmouth" (no other sentence nor person between the two)
  new RegExp(String.raw`(?<person>${PERSON}),(?<between>[^.;:!?"“”]{0,60}?)\b(?:lives?|lived|living|resides?|resided)\s+in\s+(?<place>${PLACE})(?![\p{L}'’-])`, 'gu'),
];

/** Words that start a sentence or a clause, never a person's name. */
const NOT_A_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'Police', 'Officers', 'Residents']);
const TITLE_WORD = new RegExp(`^${TITLE}$`, 'u');
/** Capitalised words after "of" that name no place: a month, a day, an office's body. */
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Police|Parliament|State|Health|Education|Justice|Defence|Finance)\b/u;
/** Bodies rather than places ("of Norfolk Constabulary", "from Oxford University"). */
const BODY_END = /\s(?:University|College|School|Police|Constabulary|Council|Trust|Hospital|Group|Company|Ltd|plc|Bank|Party|Unit|Service|Services|Department|Ministry|Agency|Office|Institute|Association|Society|Club|Court)$/u;

export interface Residence {
  /** The person's name words in lower case, titles left out. */
  names: string[];
  place: string;
  placeSpan: { start: number; end: number };
}

/** Whether a text may say where someone lives (cheap). */
export const RESIDENCE_HINT = /,\s+(?:\d{1,3},\s+)?(?:an?\s+\d{1,3}-year-old[^,.]{0,30}\s+)?(?:of|from)\s+\p{Lu}|\bli(?:ves?|ved|ving)\s+in\s+\p{Lu}|\bresid(?:es?|ed)\s+in\s+\p{Lu}/u;

/** The people a text says live somewhere, with the place. */
export function residencesOf(text: string): Residence[] {
  if (!RESIDENCE_HINT.test(text)) return [];
  const out: Residence[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      // (No other person between the name and "lives in": "Darren Holloway, … Kerry Prentice, you live in Lowestoft".)
      if (g.between !== undefined && new RegExp(String.raw`\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`, 'u').test(g.between)) continue;
      const words = g.person.split(/\s+/);
      while (words.length && NOT_A_NAME.has(words[0])) words.shift();
      const names = words.filter((w) => !TITLE_WORD.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
      if (!names.length || NOT_A_PLACE.test(g.place) || BODY_END.test(g.place)) continue;
      const at = m.index! + m[0].lastIndexOf(g.place);
      out.push({ names, place: g.place, placeSpan: { start: at, end: at + g.place.length } });
    }
  }
  return out;
}

/** Whether two residences are one person's: one surname, and the same first name when both give one. */
export function samePerson(a: Residence, b: Residence): boolean {
  if (a.names[a.names.length - 1] !== b.names[b.names.length - 1]) return false;
  return a.names.length === 1 || b.names.length === 1 || a.names[0] === b.names[0];
}

/** Whether two places may be one: one's words within the other's ("Great Yarmouth" / "Yarmouth", "Salford City" / "Salford"). */
export function samePlace(a: string, b: string): boolean {
  const words = (t: string) => ` ${t.toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const x = words(a);
  const y = words(b);
  return x.includes(y) || y.includes(x);
}
