/**
 * The perturbation set: sentences of real BBC articles (../shared/data/news/bbc) changed in one fact each, which a
 * check against the articles must flag, and faithfully reworded, which it must not. Deterministic: the articles,
 * sentences and replacements are drawn with a seeded generator, so every run judges the same claims.
 *
 * Changed facts (`perturbation`; the claim is wrong, the verdict must not be `supported`):
 * - `month`, `weekday`: a month or weekday name replaced by another;
 * - `number-words`: a spelled number replaced ("two" → "five", "a million" → "three million");
 * - `numbers`: a figure changed beyond its rounding ("$9.4bn" → "$12.2bn", "2003" → "2005");
 * - `apposition`: the name in an apposition replaced by a name from another article ("the favourite, Gazprom"
 *   → "the favourite, Surgutneftegas");
 * - `organisation`: an organisation (an acronym or a name ending in Bank, Group, Party, …) replaced by another;
 * - `affiliation`: the owner in "Liverpool's Daniel Sturridge" replaced ("Arsenal's Daniel Sturridge");
 * - `negation`: a negation added or removed ("did not make" ↔ "did make", "is" → "is not");
 * - `list`: one item of a list of three ("2002, 2005 and 2010", "onions, garlic and leeks") replaced;
 * - `qualifier`: a bound dropped or turned ("more than 200" → "200", "more than a year" → "less than a year",
 *   "more than five years").
 *
 * Faithful rewordings (`paraphrase`; the claim is right, the verdict must be `supported`):
 * - `attribution`: the attribution moved ("X, Smith said." ↔ "Smith said X.", "According to X, Y" → "Y, according to X");
 * - `merge`: two neighbouring sentences of a paragraph joined into one;
 * - `format`: a number or date written differently ("$9.4bn" → "$9.4 billion", "60%" → "60 per cent", "two" → "2",
 *   "5 December" → "December 5");
 * - `reorder`: an opening adverbial moved to the end ("On Tuesday, X did Y." → "X did Y on Tuesday.");
 * - `compression`: a relative clause, a parenthesis or a trailing clause left out.
 */
import { splitSentences } from '../server/src/core/text/sentences';
import { abbreviates } from '../server/src/core/verdict/values';
import { rng, splitOf, type Split } from './datasets';

export const PERTURBATIONS = ['month', 'weekday', 'number-words', 'numbers', 'apposition', 'organisation', 'affiliation', 'negation', 'list', 'qualifier'] as const;
export const PARAPHRASES = ['attribution', 'merge', 'format', 'reorder', 'compression'] as const;
export type PerturbationType = (typeof PERTURBATIONS)[number];
export type ParaphraseType = (typeof PARAPHRASES)[number];

export interface PerturbedClaim {
  kind: 'perturbation' | 'paraphrase';
  type: PerturbationType | ParaphraseType;
  claim: string;
  /** The article sentence(s) the claim was made from. */
  original: string;
  /** The article's name (`business/314`); the sources are all articles. */
  article: string;
  split: Split;
}

export interface NewsArticle {
  name: string;
  title: string;
  body: string;
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty'];
const ORG_SUFFIX =
  /\b(?:[A-Z][\w&'-]+ ){0,3}(?:Bank|Group|Airways|Airlines|Motors|Corporation|Corp|Inc|plc|Ltd|Association|Council|Commission|Ministry|Party|Union|Agency|Federation|Fund|Organisation|Organization|Institute|Society|Company|Records|Pictures|Studios|Network|Telecom|Energy|Petroleum|Holdings|Securities|Capital|Industries|Electronics|Systems|Foundation|Office|Board|Authority|Court|Club|League)\b/g;
const ACRONYM = /\b[A-Z]{3,6}\b/g;
const COMMON_START = /^(?:The|A|An|It|Its|This|That|These|Those|There|He|She|They|We|Their|His|Her|Many|Some|Most|All|No|But|And|So|Such|One|Other|Others|Both|Each)\b/;

function lowerFirst(s: string): string {
  return COMMON_START.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The paragraphs of an article as lists of sentences. */
function paragraphs(body: string): string[][] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => splitSentences(p).map((s) => p.slice(s.start, s.end).trim()).filter(Boolean));
}

/** A number written like `text`, changed beyond its rounding. */
function changeNumber(r: Rand, text: string): string | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(text);
  if (!m) return undefined;
  const int = Number(m[1].replace(/,/g, ''));
  const decimals = m[2] ? m[2].length - 1 : 0;
  const value = int + (m[2] ? Number(m[2]) : 0);
  let next: number;
  if (!m[2] && int >= 1900 && int <= 2030) next = int + pick(r, [-3, -2, -1, 1, 2, 3]);
  else if (!m[2] && int < 10) next = int + pick(r, [2, 3, 4, 5]);
  else {
    const factor = pick(r, [0.5, 0.6, 0.7, 1.3, 1.4, 1.6, 2]);
    next = value * factor;
    // Keep the same number of significant digits as written.
    const digits = (m[1].replace(/,/g, '') + (m[2] ?? '').slice(1)).replace(/^0+/, '').length;
    const scale = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(next))) + 1 - Math.max(1, digits - /0*$/.exec(m[1].replace(/,/g, ''))![0].length));
    next = decimals ? Number(next.toFixed(decimals)) : Math.max(1, Math.round(next / scale) * scale);
  }
  const year = !m[2] && int >= 1900 && int <= 2030;
  if (!year && Math.abs(next - value) <= Math.max(0.5, value * 0.1)) next = value + Math.max(2, Math.round(value * 0.3));
  let out = decimals ? next.toFixed(decimals) : String(Math.round(next));
  if (/,/.test(m[1])) out = out.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return out;
}

/** Names used as replacements, by shape, collected from all articles. */
interface NamePools {
  one: string[];
  two: string[];
  orgs: string[];
  owners: string[];
  nouns: string[];
}

function namePools(articles: readonly NewsArticle[]): NamePools {
  const one = new Set<string>();
  const two = new Set<string>();
  const orgs = new Set<string>();
  const owners = new Set<string>();
  const nouns = new Set<string>();
  for (const a of articles) {
    for (const m of a.body.matchAll(/(?<=[a-z,] )([A-Z][a-z]{2,})(?: ([A-Z][a-z]{2,}))?(?=[ ,.])/g)) {
      if (MONTHS.includes(m[1]) || WEEKDAYS.includes(m[1]) || (m[2] && (MONTHS.includes(m[2]) || WEEKDAYS.includes(m[2])))) continue;
      (m[2] ? two : one).add(m[0]);
    }
    for (const m of a.body.matchAll(ORG_SUFFIX)) if (/^[A-Z]/.test(m[0]) && words(m[0]) >= 2) orgs.add(m[0]);
    for (const m of a.body.matchAll(/(?<=[a-z,] )([A-Z][a-z]+)'s (?=[A-Z][a-z]+ [A-Z][a-z]+)/g)) if (!COMMON_START.test(m[1]) && !MONTHS.includes(m[1]) && !WEEKDAYS.includes(m[1])) owners.add(m[1]);
    for (const m of a.body.matchAll(/(?<=, )([a-z]{5,10})(?=, )/g)) nouns.add(m[1]);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { one: sorted(one), two: sorted(two), orgs: sorted(orgs), owners: sorted(owners), nouns: sorted(nouns) };
}

/**
 * A replacement from `pool`: half the time one that the article mentions elsewhere (a writer confusing two
 * players of the story, "the favourite, Surgutneftegas" for "the favourite, Gazprom"), else one it never mentions.
 */
function foreign(r: Rand, pool: readonly string[], article: string, sentence?: string, replaced?: string): string | undefined {
  if (sentence && r() < 0.5) {
    // Not the replaced name's own acronym or words ("PBGC" / "Pension Benefit Guaranty Corporation"): the same thing.
    const same = (c: string) => !!replaced && (abbreviates(c, replaced) || abbreviates(replaced, c));
    const local = pool.filter((c) => article.includes(c) && !sentence.includes(c) && !sentence.includes(c.split(' ')[0]) && !same(c));
    if (local.length) return pick(r, local);
  }
  for (let i = 0; i < 20; i++) {
    const c = pick(r, pool);
    if (c && !article.includes(c) && !article.includes(c.split(' ')[0])) return c;
  }
  return undefined;
}

type Maker = (r: Rand, s: string, ctx: { text: string; pools: NamePools; next?: string }) => string | undefined;

const replaceAt = (s: string, start: number, end: number, by: string) => s.slice(0, start) + by + s.slice(end);

const perturbers: Record<PerturbationType, Maker> = {
  month(r, s) {
    const m = new RegExp(`\\b(${MONTHS.filter((x) => x !== 'May' && x !== 'March').join('|')})\\b`).exec(s);
    if (!m) return undefined;
    const other = pick(r, MONTHS.filter((x) => x !== m[1] && x !== 'May'));
    return replaceAt(s, m.index, m.index + m[1].length, other);
  },
  weekday(r, s) {
    const m = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(s);
    if (!m) return undefined;
    return replaceAt(s, m.index, m.index + m[1].length, pick(r, WEEKDAYS.filter((x) => x !== m[1])));
  },
  'number-words'(r, s) {
    const big = /\b([Aa]) (million|billion|thousand|hundred|dozen)\b/.exec(s);
    if (big) return replaceAt(s, big.index, big.index + 1, big[1] === 'A' ? 'Three' : pick(r, ['two', 'three', 'five']));
    const m = new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'i').exec(s);
    if (!m) return undefined;
    const lower = m[1].toLowerCase();
    let other = pick(r, NUMBER_WORDS.filter((x) => x !== lower && Math.abs(NUMBER_WORDS.indexOf(x) - NUMBER_WORDS.indexOf(lower)) >= 2));
    if (/^[A-Z]/.test(m[1])) other = upperFirst(other);
    return replaceAt(s, m.index, m.index + m[1].length, other);
  },
  numbers(r, s) {
    const all = [...s.matchAll(/(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w-]|[.,]\d)/g)];
    if (!all.length) return undefined;
    const m = pick(r, all);
    const next = changeNumber(r, m[0]);
    return next && next !== m[0] ? replaceAt(s, m.index!, m.index! + m[0].length, next) : undefined;
  },
  apposition(r, s, { text, pools }) {
    const m = /\b(?:the|a|an|its|his|her|their) (?:[a-z][\w-]* ){0,3}[a-z][\w-]*, ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?=[,.])/.exec(s);
    if (!m) return undefined;
    const name = m[1];
    const by = foreign(r, words(name) > 1 ? pools.two : pools.one, text, s);
    if (!by) return undefined;
    const at = m.index + m[0].length - name.length;
    return replaceAt(s, at, at + name.length, by);
  },
  organisation(r, s, { text, pools }) {
    const orgs = [...s.matchAll(ORG_SUFFIX)].filter((m) => /^[A-Z]/.test(m[0]) && words(m[0]) >= 2);
    const acronyms = [...s.matchAll(ACRONYM)].filter((m) => !['US', 'UK', 'EU', 'TV', 'BBC'].includes(m[0]) || true);
    const m = orgs[0] ?? acronyms[0];
    if (!m) return undefined;
    const pool = orgs[0] ? pools.orgs : pools.orgs.filter((o) => ACRONYM.test(o) || true);
    const by = foreign(r, pool, text, s, m[0]);
    return by ? replaceAt(s, m.index!, m.index! + m[0].length, by) : undefined;
  },
  affiliation(r, s, { text, pools }) {
    const m = /\b([A-Z][a-z]+)'s (?=[A-Z][a-z]+ [A-Z][a-z]+)/.exec(s);
    if (!m) return undefined;
    const by = foreign(r, pools.owners, text, s);
    return by ? replaceAt(s, m.index, m.index + m[1].length, by) : undefined;
  },
  negation(r, s) {
    let m = /\b(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do) not\b/.exec(s);
    if (m) return replaceAt(s, m.index, m.index + m[0].length, m[1]);
    m = /\b(is|are|was|were|has|have|had|does|do|did)n't\b/.exec(s);
    if (m) return replaceAt(s, m.index, m.index + m[0].length, m[1]);
    m = /\b(won't|can't)\b/.exec(s);
    if (m) return replaceAt(s, m.index, m.index + m[0].length, m[1] === "won't" ? 'will' : 'can');
    m = /\b(is|are|was|were|has|have|had|will|would|could|should|can) (?=[a-z]{3,})(?!not\b|been\b|to\b)/.exec(s);
    if (m) return replaceAt(s, m.index, m.index + m[0].length, m[1] === 'can' ? 'cannot ' : `${m[1]} not `);
    return undefined;
  },
  list(r, s, { text, pools }) {
    const m = /(?<![\w-])([A-Z0-9$£][\w$£.%-]*|[a-z]{4,}), ([A-Z0-9$£][\w$£.%-]*|[a-z]{4,}),? and ([A-Z0-9$£][\w$£.%-]*|[a-z]{4,})\b/d.exec(s);
    if (!m) return undefined;
    const k = 1 + Math.floor(r() * 3);
    const item = m[k].replace(/[.]+$/, '');
    let by: string | undefined;
    if (/^\d/.test(item)) by = changeNumber(r, item.replace(/[^\d,.]+$/, ''));
    else if (/^[A-Z]/.test(item)) by = foreign(r, pools.one.filter((x) => !x.includes(' ')), text, s);
    else by = foreign(r, pools.nouns, text, s);
    if (!by || by === item) return undefined;
    const [start] = m.indices![k];
    return replaceAt(s, start, start + item.length, by);
  },
  qualifier(r, s) {
    const m = /\b(more than|over|almost|nearly|at least|less than|fewer than|up to) (a|an|\d[\d,.]*(?:bn|m)?|two|three|four|five|six|seven|eight|nine|ten|twenty|half)\b( [a-z]+)?/.exec(s);
    if (m && /^(a|an)$/.test(m[2]) && !/^ (year|month|week|decade|day|million|billion|thousand|hundred|third|quarter|dozen)$/.test(m[3] ?? '')) return undefined;
    if (!m) return undefined;
    const [whole, q, amount, unit = ''] = m;
    const duration = /^(a|an)$/.test(amount) && /^ (year|month|week|decade|day)$/.test(unit);
    const choice = duration ? pick(r, ['turn', 'amount']) : pick(r, ['drop', 'turn']);
    const opposite: Record<string, string> = { 'more than': 'less than', over: 'under', almost: 'more than', nearly: 'more than', 'at least': 'at most', 'less than': 'more than', 'fewer than': 'more than', 'up to': 'at least' };
    let by: string;
    if (choice === 'drop') by = `${amount}${unit}`;
    else if (choice === 'turn') by = `${opposite[q]} ${amount}${unit}`;
    else by = `${q} ${pick(r, ['five', 'three', 'ten'])}${unit}s`;
    return replaceAt(s, m.index, m.index + whole.length, by);
  },
};

const paraphrasers: Record<ParaphraseType, Maker> = {
  attribution(r, s) {
    let m = /^According to ([^,]{3,60}), (.+)\.$/.exec(s);
    if (m) return `${upperFirst(m[2])}, according to ${m[1]}.`;
    m = /^(.{20,}), (said|says|added) ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}|he|she|they)\.$/.exec(s);
    if (m) return `${upperFirst(m[3])} ${m[2] === 'added' ? 'said' : m[2]} ${lowerFirst(m[1])}.`;
    m = /^((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}|He|She|They) (said|says) (?:that )?(.{20,})\.$/.exec(s);
    if (m) return `${upperFirst(m[3])}, ${/^(He|She|They|The)\b/.test(m[1]) ? m[1].charAt(0).toLowerCase() + m[1].slice(1) : m[1]} ${m[2]}.`;
    return undefined;
  },
  merge(r, s, { next }) {
    if (!next || words(s) > 25 || words(next) > 25 || !/\.$/.test(s)) return undefined;
    const m = /^(But|It|He|She|They|The|This|That|Its|Their|His|Her|There|These|Those)\b(.*)$/.exec(next);
    if (!m) return undefined;
    const joiner = m[1] === 'But' ? ', but' : ', and';
    const rest = m[1] === 'But' ? m[2].replace(/^,?\s*/, ' ') : ` ${m[1].toLowerCase()}${m[2]}`;
    return `${s.slice(0, -1)}${joiner}${rest}`;
  },
  format(r, s) {
    const forms: [RegExp, (m: RegExpExecArray) => string][] = [
      [/([$£€])(\d+(?:\.\d+)?)bn\b/, (m) => `${m[1]}${m[2]} billion`],
      [/([$£€])(\d+(?:\.\d+)?)m\b/, (m) => `${m[1]}${m[2]} million`],
      [/\b(\d+(?:\.\d+)?)%/, (m) => `${m[1]} per cent`],
      [/\b(\d+(?:\.\d+)?) per cent\b/, (m) => `${m[1]}%`],
      [/\b(\d{1,2}) (January|February|March|April|June|July|August|September|October|November|December)\b/, (m) => `${m[2]} ${m[1]}`],
      [/\b(two|three|four|five|six|seven|eight|nine) (?=[a-z]+s\b)/, (m) => `${NUMBER_WORDS.indexOf(m[1]) + 2} `],
    ];
    for (const [re, f] of forms) {
      const m = re.exec(s);
      if (m) return replaceAt(s, m.index, m.index + m[0].length, f(m));
    }
    return undefined;
  },
  reorder(r, s) {
    const m = /^(On|In|Last|Earlier this|Since|During|After|Before|By) ([^,]{2,40}), ([a-zA-Z].{15,})\.$/.exec(s);
    if (!m || /\b(said|says)$/.test(m[3])) return undefined;
    return `${upperFirst(m[3])} ${m[1].toLowerCase()} ${m[2]}.`;
  },
  compression(r, s) {
    let out: string | undefined;
    const rel = /, (?:which|who|where) [^,]{5,}, /.exec(s);
    if (rel) out = replaceAt(s, rel.index, rel.index + rel[0].length, ' ');
    else if (/ \([^)]{3,}\)/.test(s)) out = s.replace(/ \([^)]{3,}\)/, '');
    else {
      const cut = /, (?:but|while|although|as|with|after|before|despite|amid) [^,]+\.$/.exec(s);
      if (cut) out = s.slice(0, cut.index) + '.';
    }
    if (!out || words(out) < 8 || words(s) - words(out) < 3) return undefined;
    return out;
  },
};

/**
 * Claims made from `articles` (all of them are the sources): up to `perType` of each type in each split, from
 * sentences of 8–45 words without quotation marks, visited in a seeded order.
 */
export function perturbationSet(articles: readonly NewsArticle[], perType = 60, seed = 9): PerturbedClaim[] {
  const r = rng(seed);
  const pools = namePools(articles);
  const order = articles.map((a, i) => ({ a, k: r(), i })).sort((x, y) => x.k - y.k);
  const counts = new Map<string, number>();
  const out: PerturbedClaim[] = [];
  const want = (kind: string, split: Split) => (counts.get(`${kind}/${split}`) ?? 0) < perType;
  for (const { a } of order) {
    const split = splitOf(a.name);
    const text = `${a.title}\n\n${a.body}`;
    const paras = paragraphs(a.body);
    for (const para of paras) {
      for (let i = 0; i < para.length; i++) {
        const s = para[i];
        if (words(s) < 8 || words(s) > 45 || /["“”]/.test(s)) continue;
        const ctx = { text, pools, next: para[i + 1] && !/["“”]/.test(para[i + 1]) ? para[i + 1] : undefined };
        // One claim per sentence: the first type (in a seeded order) that still needs claims and applies.
        const kinds = [
          ...PERTURBATIONS.map((t) => ['perturbation', t] as const),
          ...PARAPHRASES.map((t) => ['paraphrase', t] as const),
        ].sort(() => r() - 0.5);
        for (const [kind, type] of kinds) {
          if (!want(type, split)) continue;
          const make = kind === 'perturbation' ? perturbers[type as PerturbationType] : paraphrasers[type as ParaphraseType];
          const claim = make(r, s, ctx);
          if (!claim || claim === s) continue;
          const original = type === 'merge' ? `${s} ${ctx.next}` : s;
          out.push({ kind, type, claim, original, article: a.name, split });
          counts.set(`${type}/${split}`, (counts.get(`${type}/${split}`) ?? 0) + 1);
          break;
        }
      }
    }
    if ([...PERTURBATIONS, ...PARAPHRASES].every((t) => !want(t, 'fit') && !want(t, 'held-out'))) break;
  }
  return out;
}
