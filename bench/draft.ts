/**
 * The benchmark's draft: 150 sentences (about 3,000 words) of Markdown made of real BBC sentences (from articles that are in
 * every corpus size), a known share of them altered the ways a careless draft goes wrong:
 *
 * - `number`: one number changed ("76%" becomes "36%", "2004" becomes "2002");
 * - `name`: one proper name swapped for a name from another article;
 * - `outside`: a sentence from a held-out article, which no corpus contains;
 * - `quote`: one word inside a quotation replaced;
 * - `verbatim`: the sentence as the source has it.
 *
 * Deterministic: the same data gives the same draft. Each sentence's span and kind is kept, so the benchmark
 * can also say which alterations the check flagged (an end-to-end sanity figure, not the accuracy benchmark).
 */
import { bbcArticles, type Article } from './corpus';
// Mulberry32, seeded: the draft is the same on every machine.
import { rng as random } from './datasets';

export type SentenceKind = 'verbatim' | 'number' | 'name' | 'outside' | 'quote';

export interface DraftSentence {
  kind: SentenceKind;
  /** Offsets of the sentence in the draft. */
  start: number;
  end: number;
  /** The article the sentence comes from (`business/001`). */
  article: string;
  /** For altered sentences: the source's wording. */
  original?: string;
}

export interface BenchDraft {
  text: string;
  words: number;
  sentences: DraftSentence[];
  /** Edits for the re-check measurement: replace `[start, end)` of the draft by `text`, applied one at a time. */
  edits: { start: number; end: number; text: string }[];
}

export const DRAFT_SENTENCES = 150;
/** How many sentences of each altered kind the draft gets. */
export const ALTERATIONS: Record<Exclude<SentenceKind, 'verbatim'>, number> = { number: 15, name: 12, outside: 15, quote: 8 };

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Sentences of an article body: a plain splitter (the engine's own is what is measured, not used here). */
function sentencesOf(article: Article): string[] {
  const out: string[] = [];
  for (const paragraph of article.body.split(/\n\s*\n/)) {
    const parts = paragraph
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/);
    for (const s of parts) {
      const words = wordCount(s);
      const quotes = (s.match(/"/g) ?? []).length;
      if (words < 8 || words > 32 || quotes % 2 === 1 || /[*_#`<>[\]|\\]/.test(s) || !/[.!?]["”’]?$/.test(s)) continue;
      out.push(s);
    }
  }
  return out;
}

const NUMBER = /\d+(?:[.,]\d+)*/;
const QUOTED = /"([^"]{20,})"/;
const NOT_NAMES = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those There They Their Mr Mrs Ms Dr He She It In On At But And'.split(
    ' ',
  ),
);
/** Capitalised words after the first word of a sentence: candidate proper names. */
function namesIn(sentence: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  const re = /(?<=\s)[A-Z][a-z]{3,}\b/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (!NOT_NAMES.has(m[0]) && !/[.!?]["”]?\s$/.test(sentence.slice(0, m.index))) out.push({ name: m[0], index: m.index });
  }
  return out;
}

function changeNumber(sentence: string, rand: () => number): string | undefined {
  const m = NUMBER.exec(sentence);
  if (!m) return undefined;
  const token = m[0];
  let changed: string;
  if (/^(19|20)\d0$/.test(token) && sentence[m.index + 4] === 's') {
    changed = String(Number(token) - 10);
  } else if (/^(19|20)\d\d$/.test(token)) {
    changed = String(Number(token) - 1 - Math.floor(rand() * 4));
  } else {
    const first = Number(token[0]);
    const next = ((first + 1 + Math.floor(rand() * 7)) % 9) + 1;
    changed = `${next === first ? (first % 9) + 1 : next}${token.slice(1)}`;
  }
  return sentence.slice(0, m.index) + changed + sentence.slice(m.index + token.length);
}

const QUOTE_WORDS = ['serious', 'clearly', 'several', 'important', 'difficult', 'entirely', 'probably', 'certain'];

function alterQuote(sentence: string, rand: () => number): string | undefined {
  const m = QUOTED.exec(sentence);
  if (!m) return undefined;
  const inner = m[1];
  const words = [...inner.matchAll(/[a-z]{4,}/g)];
  if (!words.length) return undefined;
  const target = words[Math.floor(rand() * words.length)];
  const choices = QUOTE_WORDS.filter((w) => w !== target[0]);
  const replacement = choices[Math.floor(rand() * choices.length)];
  const at = m.index + 1 + target.index!;
  return sentence.slice(0, at) + replacement + sentence.slice(at + target[0].length);
}

interface Slot {
  kind: SentenceKind;
  text: string;
  article: string;
  original?: string;
}

/** Builds the draft; `seed` picks the articles and the alterations. */
export function buildDraft(seed = 20260601): BenchDraft {
  const rand = random(seed);
  const { included, heldOut } = bbcArticles();
  const corpusText = included.map((a) => a.body.replace(/\s+/g, ' ')).join('\n');

  // Articles in a shuffled order; five sentences each, in article order, until the draft has its sentences.
  const paragraphs: { title: string; slots: Slot[] }[] = [];
  let count = 0;
  for (const article of shuffle(included, rand)) {
    if (count >= DRAFT_SENTENCES) break;
    const sentences = sentencesOf(article);
    if (sentences.length < 5) continue;
    const start = Math.floor(rand() * (sentences.length - 4));
    const slots = sentences.slice(start, start + 5).map((text): Slot => ({ kind: 'verbatim', text, article: article.name }));
    paragraphs.push({ title: article.title, slots });
    count += slots.length;
  }
  const all = paragraphs.flatMap((p) => p.slots);

  // Alterations, each on a distinct sentence that fits it.
  const taken = new Set<Slot>();
  const pick = (fits: (s: Slot) => boolean, n: number) => shuffle(all, rand).filter((s) => !taken.has(s) && fits(s)).slice(0, n);
  for (const slot of pick((s) => QUOTED.test(s.text), ALTERATIONS.quote)) {
    const text = alterQuote(slot.text, rand);
    if (!text) continue;
    Object.assign(slot, { kind: 'quote', original: slot.text, text });
    taken.add(slot);
  }
  for (const slot of pick((s) => NUMBER.test(s.text), ALTERATIONS.number)) {
    const text = changeNumber(slot.text, rand);
    if (!text) continue;
    Object.assign(slot, { kind: 'number', original: slot.text, text });
    taken.add(slot);
  }
  const names = [...new Set(all.flatMap((s) => namesIn(s.text).map((n) => n.name)))];
  for (const slot of pick((s) => namesIn(s.text).length > 0, ALTERATIONS.name)) {
    const candidates = namesIn(slot.text);
    const target = candidates[Math.floor(rand() * candidates.length)];
    const others = names.filter((n) => !slot.text.includes(n));
    const swap = others[Math.floor(rand() * others.length)];
    const text = slot.text.slice(0, target.index) + swap + slot.text.slice(target.index + target.name.length);
    Object.assign(slot, { kind: 'name', original: slot.text, text });
    taken.add(slot);
  }
  const outside = shuffle(
    heldOut.flatMap((a) => sentencesOf(a).map((text) => ({ text, article: a.name }))),
    rand,
  ).filter((s) => !corpusText.includes(s.text));
  for (const slot of pick(() => true, ALTERATIONS.outside)) {
    const replacement = outside.pop();
    if (!replacement) break;
    Object.assign(slot, { kind: 'outside', original: undefined, text: replacement.text, article: replacement.article });
    taken.add(slot);
  }

  // Render: a title, then a section per article with its sentences as one paragraph.
  let text = '# What the papers said: a week of BBC News\n\n';
  const sentences: DraftSentence[] = [];
  for (const paragraph of paragraphs) {
    text += `## ${paragraph.title.replace(/[#*_`]/g, '')}\n\n`;
    paragraph.slots.forEach((slot, i) => {
      if (i > 0) text += ' ';
      sentences.push({ kind: slot.kind, start: text.length, end: text.length + slot.text.length, article: slot.article, original: slot.original });
      text += slot.text;
    });
    text += '\n\n';
  }

  // Edits for the re-check: five verbatim sentences spread through the draft, each gets one word inserted.
  const verbatim = sentences.filter((s) => s.kind === 'verbatim');
  const edits = [0.5, 0.1, 0.9, 0.3, 0.7].map((at) => {
    const s = verbatim[Math.floor(at * (verbatim.length - 1))];
    const sentence = text.slice(s.start, s.end);
    const space = sentence.indexOf(' ');
    return { start: s.start + space, end: s.start + space, text: ' reportedly' };
  });
  return { text, words: wordCount(text), sentences, edits };
}

/** Applies the edits in order to a text, returning each intermediate text (edits are given in original offsets). */
export function applyEdits(text: string, edits: BenchDraft['edits']): string[] {
  const out: string[] = [];
  const applied: { at: number; delta: number }[] = [];
  let current = text;
  for (const edit of edits) {
    const shift = applied.filter((a) => a.at <= edit.start).reduce((s, a) => s + a.delta, 0);
    current = current.slice(0, edit.start + shift) + edit.text + current.slice(edit.end + shift);
    applied.push({ at: edit.start, delta: edit.text.length - (edit.end - edit.start) });
    out.push(current);
  }
  return out;
}
