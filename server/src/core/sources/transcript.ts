/**
 * Transcripts: WebVTT (`.vtt`), SubRip (`.srt`), and plain interview transcripts in `.txt` whose turns start with
 * a speaker label ("PARK: …", "Choi Min-seo: …", "[00:12:03] Park: …", "Q: …"), or whose turns are a line of
 * label and time with the words below it, as transcription services export them ("Dan Kowalski  0:06",
 * "Carla Quinn: (00:12)").
 *
 * The prose of a transcript is what was said: labels, timestamps, cue numbers, markup (`<v Park>`, `<i>`,
 * `{\an8}`) and NOTE blocks are left out; every character of the prose maps back to the file. A turn (a run of
 * cues or lines by one speaker) is one paragraph, so a sentence may run across cues. Each cue, or each paragraph
 * of a plain transcript, is a `TextSegment` with its speaker and start time.
 *
 * The header (a VTT header and its NOTE blocks, or the lines before a plain transcript's first turn) gives the
 * recording date and the speakers' full names and roles: "Interview transcript: Park Sun-hee, researcher, Seoul"
 * names PARK; "Interviewer: J. Lee" makes LEE the interviewer.
 *
 * Broken cue timings (a `-->` line that does not parse, an end before its start) never lose the cue's words: the
 * text is kept without a time, and the file gets one warning that lists the lines.
 */
import { type OffsetMap, TextBuilder } from '../text/offsetMap';
import { escapeRegExp } from '../text/regexp';
import type { SourceDate, SourceDocument, SourceWarning, Speaker, TextSegment } from '../types';
import { parseDateText } from './dates';
import type { LoaderInput, LoaderResult, SourceLoader } from './loader';
import { mappedPositions } from './mapping';

export type TranscriptKind = 'vtt' | 'srt' | 'plain';

export interface Transcript {
  text: string;
  map: OffsetMap;
  segments: TextSegment[];
  speakers: Speaker[];
  date?: SourceDate;
  title?: string;
  /** Problems worth one warning: lines of broken timings, a missing WEBVTT header. */
  problems: string[];
}

interface Line {
  start: number;
  /** End of the line's content (before the line break). */
  end: number;
  text: string;
}

function splitLines(content: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= content.length) {
    let nl = content.indexOf('\n', pos);
    if (nl < 0) nl = content.length;
    let end = nl;
    if (end > pos && content.charCodeAt(end - 1) === 13) end--;
    out.push({ start: pos, end, text: content.slice(pos, end) });
    if (nl === content.length) break;
    pos = nl + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Labels and timestamps

/** Keys of header lines ("Date: …"), never speakers. */
const METADATA_KEYS = new Set([
  'date', 'recorded', 'recording', 'location', 'place', 'venue', 'subject', 'title', 'topic', 'duration', 'length',
  'transcribed by', 'transcriber', 'transcript', 'note', 'notes', 'source', 'contact', 'tel', 'phone', 'email',
  'e-mail', 'from', 'to', 'cc', 're', 'author', 'time', 'kind', 'language', 'speakers', 'participants', 'present',
  'attendance', 'attendees', 'apologies',
  'interviewer', 'interviewee', 'interviewers', 'interviewees', 'guests', 'contributors', 'witnesses', 'presenters', 'interviewed by', 'editor', "editor's note", 'update', 'correction', 'caption',
  'photo', 'file', 'format', 'url', 'link', 'copyright', 'embargo', 'embargoed', 'ends', 'end', 'media',
  'ref', 'reference', 'panel', 'panellists', 'panelists', 'in attendance',
  // A broadcast's log: "Programme: The Sports Desk", "Broadcast: Wednesday 30 October 2024, 18:10-18:31".
  'programme', 'program', 'broadcast', 'transmission', 'tx', 'studio', 'producer', 'station', 'channel', 'transcript ref',
  // A transcript's own notes: "Transcribed: HWFT Communications Team", "File ref: HWFT/COMMS/TR/24/031".
  'transcribed', 'transcription', 'file ref', 'our ref', 'your ref', 'audio', 'video', 'event', 'occasion',
  'status', 'slug', 'filed', 'case', 'case no', 'hearing', 'before',
  // A log's entries: "05:10  Weather: wind SW force 4", "Remarks (D.M.): A peaceful blockade so far."
  'weather', 'remarks', 'remark', 'wind', 'sea', 'visibility', 'tide', 'action', 'actions', 'action taken', 'observations',
  'comments', 'comment', 'summary', 'outcome', 'entry', 'log',
  // A meeting's or an interview's times and places: "Started: 6.32pm Ended: 8.05pm", "Locations: Lowfield Farm …".
  'locations', 'started', 'ended', 'start', 'finish', 'finished', 'recorded by', 'prepared by', 'transcript prepared by',
  // A recorded vote's counts, a line each: "For: 28", "Against: 17", "Abstentions: 3".
  'for', 'against', 'abstentions', 'abstention', 'abstain', 'abstained', 'in favour', 'in favor', 'votes for', 'votes against',
]);

/** Header keys that name a speaker's role ("Interviewer: J. Lee"). */
// ("Chair: Cllr Janet Pelham" names the chair; "CHAIR: Thank you, Mrs Ellery." is the chair's turn.)
const ROLE_KEYS = new Set(['interviewer', 'interviewee', 'reporter', 'moderator', 'host', 'guest', 'translator', 'interpreter', 'chair']);

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\d{1,2})`;
const PARTICLE = String.raw`(?:de|da|van|von|der|del|la|le|bin|al)`;
/** A speaker label: Q, A, an all-caps or capitalised name of up to four words ("PARK", "J. LEE", "Speaker 2"). */
const LABEL = new RegExp(String.raw`^(?:${NAME_WORD})(?:[ \t]+(?:${NAME_WORD}|${PARTICLE})){0,3}$`, 'u');

const CLOCK = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
/** A plain transcript turn: optional time, label, optional time, colon, text. */
const PLAIN_TURN = new RegExp(
  // (The label may have who it is in brackets: "CHAIR (Cllr Pelham): …", "TOM HADLEY (Wexcombe Evening Post): …",
  // "GRACE FENWICK (second-year student, BA Music Technology, and School of Music course rep): …".)
  String.raw`^[ \t]*(?:[\[(]?(${CLOCK})[\])]?[ \t]+(?:[-–—][ \t]+)?)?([^:\[\]()\n]{1,40}?)(?:[ \t]*\((?!${CLOCK}\))([^()\n:]{1,100})\))?[ \t]*(?:[\[(](${CLOCK})[\])])?[ \t]*:[ \t]+(?=\S)`,
  'u',
);
/**
 * A line that is only a speaker label and a time, the words following on the next lines, as transcription
 * services export them: "Dan Kowalski  0:06" (Otter), "Carla Quinn: (00:12)" (Rev), "[00:00:03] Dan Kowalski",
 * "Speaker 2 00:01:05". A label alone, without a time, is not one ("Summary:" is a heading).
 */
const LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:[\[(]?(?<before>${CLOCK})[\])]?[ \t]+(?:[-–—][ \t]+)?)?(?<label>[^:\[\]()\n]{1,40}?)[ \t]*:?` +
    String.raw`(?:[ \t]+[\[(]?(?<after>${CLOCK})[\])]?|[ \t]*[\[(](?<bracketed>${CLOCK})[\])])?[ \t]*:?[ \t]*$`,
  'u',
);
/** A time in brackets at the start of a turn's words: "Carla Quinn: (00:12) We started …" (Rev). */
const LEADING_TIME = new RegExp(String.raw`^[\[(](${CLOCK})[\])][ \t]*`);
/** "Q (Name, affiliation):" or "A (NAME):" with an optional time before it. */
const QA_BRACKETED = new RegExp(String.raw`^[ \t]*(?:[\[(]?(${CLOCK})[\])]?[ \t]+)?(Q|A|QUESTION|ANSWER)[ \t]*\(([^()\n]{1,60})\)[ \t]*:[ \t]+(?=\S)`, 'u');
/** A numbered question and its asker: "Q4 — Mr Colin Ashworth, chair, Hollinsby Parish Council:", "Question 2 - Jane Dunn:". */
const NUMBERED_QUESTION = /^[ \t]*(?:Q|Question)[ \t]*\d{1,3}[ \t]*[—–-][ \t]*((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})(?:[ \t]*,[ \t]*([^:\n]{1,100}))?:[ \t]+(?=\S)/u;
/** A label that names a kind of person several speakers may be (a meeting's residents, a phone-in's callers), not a person. */
const PEOPLE_LABEL = /^(?:local\s+)?(?:resident|parent|caller|questioner|member\s+of\s+the\s+public|audience\s+member|objector|supporter|trader|attendee|petitioner|speaker)$/i;
/** A person's name first in a label's brackets: a courtesy title and a surname, or two to four capitalised words. */
const BRACKETED_NAME = /^((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})(?=\s*(?:,|;|$))/u;
/** Words of a title in title case, no end of sentence: what follows a heading's colon, not a speaker's. */
const TITLE_CASE_REST = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|the|in|for|to|on|a|an|at|with|by))*$/u;
/** A line that is only a time: "[00:12:03]", "00:12:03". */
const TIME_LINE = new RegExp(String.raw`^[ \t]*[\[(]?(${CLOCK})[\])]?[ \t]*$`);

/** A part of a document by its number, never a speaker: "Part 1", "Session 2", "Day 3". */
const PART_LABEL = /^(?:part|section|session|day|chapter|stage|phase|round|appendix|annex|item|agenda\s+item)\s+(?:\d{1,2}|[IVX]{1,4}|[A-D])$/i;

function isLabel(label: string): boolean {
  const l = label.trim();
  if (!l || l.length > 40) return false;
  if (METADATA_KEYS.has(l.toLowerCase())) return false;
  // (Nor a part of the document by its number: "Part 1: Coastlink Buses depot, 10.15am – Alan Rowe, operations
  // manager", "Session 2: …".)
  if (PART_LABEL.test(l)) return false;
  return LABEL.test(l);
}

/** `hh:mm:ss` of a timestamp ("1:02:03.500", "02:03", "00:12:03,250"). */
export function normalizeTime(raw: string): string | undefined {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(raw.trim());
  if (!m) return undefined;
  const h = m[1] ? +m[1] : 0;
  const min = +m[2];
  const s = +m[3];
  if (min > 59 || s > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function seconds(raw: string): number {
  const m = /^(?:(\d+):)?(\d+):(\d+)(?:[.,](\d+))?$/.exec(raw.trim())!;
  return (m[1] ? +m[1] : 0) * 3600 + +m[2] * 60 + +m[3] + (m[4] ? +`0.${m[4]}` : 0);
}

const VTT_TIME = String.raw`(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}`;
const VTT_TIMING = new RegExp(String.raw`^(${VTT_TIME})[ \t]+-->[ \t]+(${VTT_TIME})(?:[ \t].*)?$`);
const SRT_TIME = String.raw`\d{1,3}:[0-5]\d:[0-5]\d[,.]\d{1,3}`;
const SRT_TIMING = new RegExp(String.raw`^[ \t]*(${SRT_TIME})[ \t]*-->[ \t]*(${SRT_TIME})(?:[ \t].*)?$`);

// ---------------------------------------------------------------------------------------------------------
// Building the prose

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', quot: '"', apos: "'", lrm: '\u200e', rlm: '\u200f' };

/** Builds the prose paragraph by paragraph, with a segment per cue or paragraph. */
class ProseBuilder {
  readonly builder = new TextBuilder();
  readonly segments: TextSegment[] = [];
  private open: TextSegment | undefined;
  /** Speaker of the current paragraph; `null` when no paragraph is open. */
  private paragraphSpeaker: string | undefined | null = null;
  private needSpace = false;

  get paragraphOpen(): boolean {
    return this.paragraphSpeaker !== null;
  }

  get speaker(): string | undefined {
    return this.paragraphSpeaker ?? undefined;
  }

  /** Starts a new paragraph (a turn) unless one is open for the same speaker and `force` is false. */
  paragraph(speaker: string | undefined, force: boolean): void {
    if (!force && this.paragraphSpeaker !== null && this.paragraphSpeaker === speaker) return;
    this.closeSegment();
    if (this.builder.textLength > 0) this.builder.appendInserted('\n\n');
    this.paragraphSpeaker = speaker;
    this.needSpace = false;
  }

  endParagraph(): void {
    this.closeSegment();
    this.paragraphSpeaker = null;
  }

  /** Opens a segment (a cue or a plain paragraph) at the next appended character. */
  segment(speaker: string | undefined, time: string | undefined): void {
    this.closeSegment();
    this.open = { start: -1, end: -1, ...(speaker !== undefined ? { speaker } : {}), ...(time !== undefined ? { time } : {}) };
  }

  closeSegment(): void {
    const s = this.open;
    if (s && s.start >= 0 && s.end > s.start) this.segments.push(s);
    this.open = undefined;
  }

  /** A word boundary owed before the next text (a line break inside a paragraph). */
  space(): void {
    if (this.builder.textLength > 0 && this.paragraphOpen) this.needSpace = true;
  }

  /** Appends `text` copied from `offset` in the file (no markup). */
  verbatim(text: string, offset: number): void {
    if (!text) return;
    this.flushSpace();
    this.mark();
    this.builder.appendVerbatim(text, offset);
    this.markEnd();
  }

  /** Appends a cue line, dropping tags (`<v Park>`, `<i>`, `<00:00:01.000>`, `{\an8}`) and decoding entities. */
  markup(text: string, offset: number): void {
    const re = /<[^>\n]*>|\{\\[^}\n]*\}|&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
    let pos = 0;
    let leading = true;
    const plain = (from: number, to: number) => {
      let piece = text.slice(from, to);
      let at = offset + from;
      if (leading) {
        const trimmed = piece.replace(/^\s+/, '');
        at += piece.length - trimmed.length;
        piece = trimmed;
      }
      if (!piece) return;
      leading = false;
      this.verbatim(piece, at);
    };
    for (let m = re.exec(text); m; m = re.exec(text)) {
      plain(pos, m.index);
      pos = m.index + m[0].length;
      if (m[1] === undefined) continue;
      const name = m[1];
      const decoded = name.startsWith('#x') || name.startsWith('#X')
        ? safeCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? safeCodePoint(parseInt(name.slice(1), 10))
          : ENTITIES[name.toLowerCase()];
      if (decoded === undefined) {
        plain(m.index, pos);
        continue;
      }
      if (leading && !decoded.trim()) continue;
      leading = false;
      this.flushSpace();
      this.mark();
      this.builder.appendDecoded(decoded, offset + m.index, m[0].length);
      this.markEnd();
    }
    plain(pos, text.length);
  }

  private flushSpace(): void {
    if (this.needSpace) {
      const last = this.builder.lastChar();
      if (last && !/\s/.test(last)) this.builder.appendInserted(' ');
      this.needSpace = false;
    }
  }

  private mark(): void {
    if (this.open && this.open.start < 0) this.open.start = this.builder.textLength;
  }

  private markEnd(): void {
    if (this.open) this.open.end = this.builder.textLength;
  }

  build(): { text: string; map: OffsetMap; segments: TextSegment[] } {
    this.closeSegment();
    const built = this.builder.build();
    return { ...built, segments: this.segments };
  }
}

function safeCodePoint(n: number): string | undefined {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}

/** A speaker change at the start of a cue line: `<v Name>`, `- `, `>> `, `NAME: `. */
interface LineSpeaker {
  /** The label when the line names one; undefined for an anonymous change ("- ", ">>"). */
  label?: string;
  /** The line names or marks a new speaker. */
  change: boolean;
  /** Where the spoken text starts in the line. */
  textStart: number;
}

function cueLineSpeaker(line: string): LineSpeaker {
  // Positioning and styling before a label ("{\\an8}", "<i>") are not part of it.
  let i = /^(?:\{\\[^}\n]*\}|<(?!v[\s.])[a-z][^>\n]*>)*/.exec(line)![0].length;
  let change = false;
  let label: string | undefined;
  const lead = /^\s*(?:-|–|>>)\s*/.exec(line.slice(i));
  if (lead && lead[0].trim()) {
    change = true;
    i += lead[0].length;
  }
  const voice = /^<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/.exec(line.slice(i));
  if (voice) {
    label = voice[1].trim();
    change = true;
    i += voice[0].length;
  }
  const colon = /^([^:<>\n]{1,40}?):[ \t]+(?=\S)/u.exec(line.slice(i));
  // In a cue a role is a label too ("INTERVIEWER: And the investment?"): cues have no header lines.
  if (colon && (isLabel(colon[1]) || ROLE_KEYS.has(colon[1].trim().toLowerCase())) && (/^[\p{Lu}\d .'’-]+$/u.test(colon[1]) || colon[1].trim().split(/\s+/).length <= 3)) {
    label = colon[1].trim();
    change = true;
    i += colon[0].length;
  }
  return { ...(label ? { label } : {}), change, textStart: i };
}

// ---------------------------------------------------------------------------------------------------------
// Header: date, names, roles

interface HeaderInfo {
  date?: SourceDate;
  title?: string;
  text: string;
}

/** Courtesy titles in labels and names, which tell no one apart. */
const COURTESY_TOKENS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'councillor', 'sir', 'dame', 'rev', 'lord', 'lady', 'judge', 'sister', 'father', 'canon', 'revd', 'reverend', 'brother', 'rabbi', 'imam', 'pastor']);

/** Small words of a label, which name no one ("THE CLERK", "CHAIR OF THE PANEL"). */
const LABEL_SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'to', 'in', 'on', 'at', 'a', 'an']);

/** The opening lines read for declarations of speakers by initials. */
const DECLARATION_LINES = 20;

/**
 * The header, with the opening lines of the text that declare a speaker by name and initials, which the parser may
 * have read as a turn of their own ("Interviewees: Joanne Price (JP), senior midwife …; Daniel Mercer (DM), father"):
 * such a line stays a passage of the text, and its people name the labels.
 */
function withDeclarations(header: string, text: string): string {
  const lines = text.split('\n').filter((line) => DECLARES.some((re) => re.test(line)) && !header.includes(line));
  return lines.length ? `${header}\n${lines.join('\n')}` : header;
}

/**
 * Lines that declare speakers: a name and initials in brackets ("Joanne Price (JP), senior midwife"), a key of
 * initials ("Speakers: LH = Lucy Hargreaves; MT = Marion Threlfall, owner, …", which a transcript of several
 * interviews gives at each part), or a panel's list with the initials at the line's end ("- Mr Simon Treadgold, director
 * of education, Lydmere Valley Learning Trust (ST)").
 */
const DECLARES = [
  /\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*\([ \t]*\p{Lu}{1,4}[ \t]*\)/u,
  /(?:^|[:;])[ \t*]*\p{Lu}{1,4}[ \t]*=[ \t]*\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}/u,
  /^[ \t]*(?:[-*•][ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}[ \t]*,[^\n]{2,160}\([ \t]*\p{Lu}{1,4}[ \t]*\)[ \t]*$/u,
  /\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*,[^\n;()]{2,160}\([ \t]*\p{Lu}{1,4}[ \t]*\)[ \t]*;/u,
];

/** Full names and roles for the labels, from the header text. */
function resolveSpeakers(labels: string[], header: string): Speaker[] {
  const out: Speaker[] = [];
  // Capitalised names of two to four words in the header ("Park Sun-hee", "J. Lee", "Choi Min-jun").
  const names: { name: string; at: number; end: number }[] = [];
  // (One space or tab between the words: two spaces or more part a list's columns, "JOSEPH LEMAIYAN   Coach to …".)
  // (Five words with a judge's style: "HER HONOUR JUDGE ROSALIND FAIRWEATHER".)
  // (A nickname in quotes among them: 'Margaret "Peggy" Tolland'.)
  const NAME = /(?<![\p{L}.])((?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:(?: |\t)(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|["“]\p{Lu}[\p{L}'’-]+["”](?=(?: |\t)\p{Lu}))){1,4})/gu;
  for (const m of header.matchAll(NAME)) names.push({ name: m[1], at: m.index!, end: m.index! + m[1].length });
  for (const label of labels) {
    const speaker: Speaker = { label };
    // A label the header spells out ("Helena Marchbank (HM) - Chair, Harcourt Playhouse Trust", "PSO – Priya
    // Sandhu-Oakes, Executive Director"): that person, with the role after the name.
    const declared = declaredLabel(label, header);
    if (declared) {
      speaker.name = declared.name;
      if (declared.role) setRole(speaker, declared.role);
      out.push(speaker);
      continue;
    }
    // A post as the label, with its holder's name in the brackets of a turn ("CLERK (Anne Pardoe): …", "CHAIR (Cllr
    // Tillotson): …"): that person, named in full where the header does ("Cllr Graham Tillotson (Chair)"), the post
    // theirs.
    const holder = postHolder(label, header, names);
    if (holder) {
      speaker.name = holder;
      if (!/^\p{Lu}{2,5}$/u.test(label) || POST_WORD.test(label.toLowerCase()) || POST_LABEL.test(label.toLowerCase()) || ROLE_KEYS.has(label.toLowerCase())) speaker.role = label.toLowerCase();
      out.push(speaker);
      continue;
    }
    // (Not by a courtesy title: "CLLR DEV SANDHU" is not "Cllr Janet Pelham".)
    // (Nor by a small word: "THE CLERK" is not "IN THE CROWN COURT".)
    // A post as the label ("CORONER"), held by the one person the header gives it after their name: "Before: Helen
    // Marsden, Area Coroner for Brackendale and the Upper Calder" (not "Area Coroner" as a name).
    // (Not a surname the header gives someone: "LLOYD" is "Cllr Gareth Lloyd", not the post of "Cllr Sunita Patel"
    // before him in the list.)
    const surname = !POST_WORD.test(label.toLowerCase()) && !POST_LABEL.test(label.toLowerCase()) && names.some((n) => n.name.split(/\s+/).pop()!.toLowerCase() === label.toLowerCase());
    if (/^\p{Lu}{4,}$/u.test(label) && !surname) {
      const post = new RegExp(String.raw`^[ \t]*,[ \t]*([^\n,]{0,40}\b${label.toLowerCase()}\b[^\n]{0,60})`, 'i');
      const holders = names.filter((n) => post.test(header.slice(n.end, n.end + 120)));
      if (holders.length === 1) {
        speaker.name = holders[0].name;
        setRole(speaker, post.exec(header.slice(holders[0].end, holders[0].end + 120))![1].trim());
        out.push(speaker);
        continue;
      }
    }
    const tokens = label.toLowerCase().split(/[\s.]+/).filter((t) => t.length > 1 && !COURTESY_TOKENS.has(t) && !LABEL_SMALL_WORDS.has(t));
    // (Or initials the header's one name of those letters has: "HB: …" under "Interviewee: Hannah Brierley, founder and
    // managing director, …".)
    // (The name with all the label's words first: "KAREN HALLIWELL" is "Karen Halliwell", not "Doreen Halliwell" before
    // her in the list.)
    const words = (n: { name: string }) => n.name.toLowerCase().split(/[\s.]+/);
    const hit =
      (tokens.length ? (names.find((n) => tokens.every((t) => words(n).includes(t))) ?? names.find((n) => words(n).some((t) => tokens.includes(t)))) : undefined) ?? byInitials(label, names);
    if (hit) {
      speaker.name = hit.name;
      // (Up to a semicolon, which starts the next person of a list: "Interviewees: Fiona Galbraith, Team Leader, …;
      // Martin Kettleby, 58, retired geography teacher".)
      const after = header.slice(hit.end, hit.end + 100).split(';')[0];
      const before = header.slice(Math.max(0, hit.at - 30), hit.at);
      const paren = /^\s*\(([^)]{2,100})\)/.exec(after);
      // (Up to the end of its line too, with the body after another comma: "Alan Rowe, operations manager, Coastlink
      // Buses" / "Margaret Tonkin, resident"; a body of two words at least, not a town: "harbour pilot, Eastport".)
      const comma = /^[ \t]*,[ \t]*(?:an?\s+|the\s+)?(\p{Ll}[\p{Ll} -]{1,40}?)[ \t]*(?=[,.;)\n]|$)(?:,[ \t]*(\p{Lu}[\p{L}&'’-]*(?:[ \t]+[\p{L}&'’-]+){1,5})[ \t]*(?=\n|$))?/u.exec(after);
      const key = /(\p{L}+)\s*:\s*$/u.exec(before);
      // (Or the next column of a list of who was there: "JOSEPH LEMAIYAN   Coach to Elias Ndarwa".)
      const column = /^(?: {2,}|\t)[ \t]*(\p{Lu}[^\n]{1,60}?)[ \t]*(?:\n|$)/u.exec(after);
      // (Or after a dash: "TAMSIN ROWBOTHAM-KERR - Chief Executive, Fenwright's plc", "SAMIR KHATRI - Northgate Capital".)
      // (Or a post in lower case after it: "Denise Okafor — regional organiser, Northern Passenger Transport Workers'
      // Union (NPTWU)".)
      const dash = /^[ \t]+[-–—][ \t]+(\p{L}[^\n]{1,80}?)[ \t]*(?:\n|$)/u.exec(after);
      // (Or a capitalised post after a comma, its body after another: "Interviewee: Dr Samuel Ferreira, Senior
      // Lecturer in Food Microbiology, University of Lowmoor".)
      const post = /^[ \t]*,[ \t]*(\p{Lu}[^\n]{1,100}?)[ \t]*(?:\n|$)/u.exec(after);
      const role = paren?.[1] ?? (comma ? (comma[2] ? `${comma[1]}, ${comma[2]}` : comma[1]) : undefined) ?? (post && POST_WORD.test(post[1].split(/[,;]/)[0]) ? post[1] : undefined) ?? (key && ROLE_KEYS.has(key[1].toLowerCase()) ? key[1] : undefined) ?? column?.[1];
      if (role) setRole(speaker, role);
      // (After a dash, a post; else a body, a firm or a party: "SAMIR KHATRI - Northgate Capital", "Cllr Dev Sandhu -
      // Labour, Thornby Marsh".)
      else if (dash && (POST_WORD.test(dash[1]) || /^\p{Ll}/u.test(dash[1]))) setRole(speaker, dash[1]);
      else if (dash) speaker.body = dash[1].split(/[,;]/)[0].trim();
      if (speaker.name === label) delete speaker.name;
    } else if (ROLE_KEYS.has(label.toLowerCase())) {
      speaker.role = label.toLowerCase();
      // A role as the label, named in the header ("Interviewer: J. Lee"): that person.
      const named = names.find((n) => new RegExp(`(?:^|\\n)[ \\t]*${label}[ \\t]*:[ \\t]*$`, 'i').test(header.slice(Math.max(0, n.at - 40), n.at)));
      if (named) speaker.name = named.name;
    } else if (label === 'Q') speaker.role = 'interviewer';
    // (One of the public by a first name, whom a turn brings in as one of them: "CALLER (DEREK, MILLBRIDGE):" is
    // "DEREK (caller, millbridge)", a caller.)
    if (!hit && !speaker.role) {
      const intro = new RegExp(String.raw`(?:^|\n)${escapeRegExp(label)} \(([^()\n]{1,100})\)[ \t]*(?=\n|$)`, 'u').exec(header);
      if (intro && PEOPLE_LABEL.test(intro[1].split(',')[0].trim())) setRole(speaker, intro[1]);
    }
    out.push(speaker);
  }
  return out;
}

/** The one name of the header whose words' first letters, courtesy titles aside, are a label of two or three capitals. */
function byInitials(label: string, names: readonly { name: string; at: number; end: number }[]): { name: string; at: number; end: number } | undefined {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return undefined;
  // (Or the initials of a name by its nickname in quotes: "PT" of 'Margaret "Peggy" Tolland'.)
  const initials = (name: string) => {
    const words = name.split(/\s+/).filter((w) => !COURTESY_TOKENS.has(w.toLowerCase().replace(/\.$/, '')));
    const nick = words.findIndex((w) => /^["“'‘]\p{Lu}\p{L}*["”'’]$/u.test(w));
    const plain = words.filter((_, i) => i !== nick).map((w) => w[0]).join('');
    // (Or each part of a hyphened surname: "COH" of "Claire Okonjo-Hale".)
    const parts = words.filter((_, i) => i !== nick).flatMap((w) => w.split('-').filter((x) => /^\p{Lu}/u.test(x))).map((w) => w[0]).join('');
    const all = parts !== plain ? [plain, parts] : [plain];
    return nick < 0 ? all : [...all, words[nick][1] + words.slice(nick + 1).map((w) => w[0]).join('')];
  };
  const found = names.filter((n) => initials(n.name).includes(label));
  if (new Set(found.map((n) => n.name)).size === 1) return found[0];
  // (One person by a name and by the fuller one with it: "Dougie Ferrier" and 'Douglas "Dougie" Ferrier'.)
  const words = (n: { name: string }) => n.name.toLowerCase().replace(/["“”'‘’]/g, '').split(/\s+/);
  const fullest = found.reduce<(typeof found)[number] | undefined>((a, n) => (!a || words(n).length > words(a).length ? n : a), undefined);
  if (fullest && found.every((n) => words(n).every((w) => words(fullest).includes(w)))) return fullest;
  // (One person written in full and by an initial: "Interviewer: Sam Okafor" and "Transcribed by S. Okafor".)
  const full = found.filter((n) => !/\p{Lu}\./u.test(n.name));
  const last = (n: { name: string }) => n.name.split(/\s+/).pop();
  return full.length > 0 && new Set(full.map((n) => n.name)).size === 1 && found.every((n) => last(n) === last(full[0])) ? full[0] : undefined;
}

/**
 * The holder of a post a label gives, named in the brackets after it on a line of its own (a turn's introduction,
 * "CLERK (Anne Pardoe)"): a name of two words or more, or a courtesy title and a surname, which becomes the header's
 * fuller name with that title and surname where it has one ("Cllr Tillotson": "Cllr Graham Tillotson").
 */
function postHolder(label: string, header: string, names: readonly { name: string }[]): string | undefined {
  const lower = label.toLowerCase();
  // (Or a post's initials: "PCC (Ruth Calloway)", not the header's "PCC Annual Performance Report".)
  if (!POST_WORD.test(lower) && !POST_LABEL.test(lower) && !ROLE_KEYS.has(lower) && !/^\p{Lu}{2,5}$/u.test(label)) return undefined;
  const m = new RegExp(String.raw`^[ \t]*${escapeRegExp(label)}[ \t]*\((${COURTESY_TITLE}[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})[ \t]*\)[ \t]*$`, 'mu').exec(header);
  if (!m) return undefined;
  const words = m[1].split(/[ \t]+/);
  if (words.length !== 2 || !new RegExp(`^${COURTESY_TITLE}$`, 'u').test(words[0])) return m[1];
  const fuller = names.filter((n) => {
    const ws = n.name.split(/\s+/);
    // ("Cllr Whitlam" is "Councillor Geoffrey Whitlam" too.)
    const title = (w: string) => w.toLowerCase().replace(/\.$/, '').replace(/^councillor$/, 'cllr');
    return ws.length > 2 && title(ws[0]) === title(words[0]) && ws[ws.length - 1] === words[1];
  });
  return fuller.length === 1 ? fuller[0].name : m[1];
}

/** A courtesy title before a name in a turn's brackets ("Cllr", "Dr."). */
const COURTESY_TITLE = String.raw`(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Reverend|Canon|Sister|Father|Brother|Rabbi|Imam|Pastor|Lord|Lady)\.?`;

/** "marine biologist, Eastport University": the role is the first part, the body (capitalised) the second. */
function setRole(speaker: Speaker, role: string): void {
  const [post, body, ...more] = role.split(/[,;]/).map((part) => part.trim());
  // (A second post after the body, in lower case, is the speaker's too: "…, Marrowshire County Council; project
  // engineer for the Haddonford Bridge repairs".)
  // (So are words in lower case in the body's place: "care worker and Castlemere passenger, from Elmfield".)
  // (Not where someone lives: "father, of Ashby Road, Brackenford".)
  // (Nor is a post of one or two words in the body's place a body: "SU President, Chair".)
  const lower = (part: string) => (/^\p{Ll}/u.test(part) && !/^of\s/.test(part)) || (/^\p{L}+(?:[ \t-]\p{L}+)?$/u.test(part) && POST_WORD.test(part));
  const also = [...(body && lower(body) ? [body] : []), ...more.filter(lower)];
  speaker.role = [post, ...also].join('; ').toLowerCase();
  if (body && /^\p{Lu}/u.test(body) && !lower(body)) speaker.body = body;
}

/** A header's line that gives the recording's date: "Date: Tuesday 11 June 2024, 10:30am", "Recorded: …". */
const DATE_LINE = /^[ \t]*(?:\*\*)?(?:Date|Dated|Recorded|Date of (?:recording|interview|meeting|briefing|hearing|broadcast))(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*([^\n]{4,80})$/im;

/** One-word posts a transcript labels its speakers by ("CORONER", "DEAN"), besides `POST_WORD`'s. */
const POST_LABEL = /^(?:coroner|dean|mayor|bishop|registrar|sheriff|warden|recorder|judge|magistrate|interviewer|presenter|host|moderator)$/;
/** A word of a post ("Chief Executive", "Director of Investor Relations", "Club historian"). */
const POST_WORD = /\b(?:chief|executive|director|officer|manager|chair|chairman|chairwoman|chairperson|secretary|president|head|leader|member|analyst|editor|reporter|correspondent|spokesperson|spokesman|spokeswoman|adviser|advisor|engineer|inspector|councillor|minister|governor|principal|professor|lecturer|consultant|partner|founder|owner|captain|coach|clerk|treasurer|trustee|coordinator|organiser|organizer|historian|administrator|commissioner|superintendent|solicitor|barrister|counsel|judge|surgeon|doctor|nurse|teacher|headteacher|chancellor|provost|dean|registrar|bursar|warden|rector|curator|librarian|archivist|coroner|surveyor|auditor|ombudsman|matron|midwife|constable|sergeant)\b/i;

/** A label of two words or more of three letters or more: someone's name ("SAMIR KHATRI", "HELEN OTWAY"). */
const FULL_NAME_LABEL = /^\p{Lu}[\p{Lu}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Lu}'’-]{2,})+$/u;

/** A person's name on a header line: two to four capitalised words. */
const DECLARED_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})`;
/** What follows a declaration on its line: the role ("- Chair, Harcourt Playhouse Trust", ", Executive Director"). */
const DECLARED_ROLE = String.raw`(?:[ \t]*[-–—:,][ \t]*([^\n]{2,80}?))?[ \t]*$`;

/**
 * The person a header line declares for a label, by name then label in parentheses ("Helena Marchbank (HM) - Chair,
 * Harcourt Playhouse Trust") or label, dash, name ("HM – Helena Marchbank, Chair"), or a key's columns, the label and
 * the name apart by two spaces or a tab ("AL   Professor Adrian Lusk, Clinical Director"), with the role that follows.
 */
function declaredLabel(label: string, header: string): { name: string; role?: string } | undefined {
  if (!/^[\p{Lu}\d][\p{Lu}\d.'’ -]{0,11}$/u.test(label)) return undefined;
  // (A label that is a full name declares no one else: "SAMIR KHATRI - Northgate Capital" gives his firm.)
  if (FULL_NAME_LABEL.test(label)) return undefined;
  const l = escapeRegExp(label);
  const byName = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?${DECLARED_NAME}[ \t]*\([ \t]*${l}[ \t]*\)${DECLARED_ROLE}`, 'mu').exec(header);
  // (Not an aside in parentheses after the post: "chair, Calderbrook Rovers Supporters' Trust (joined by phone").)
  const post = (role: string | undefined) => role?.replace(/[ \t]*\([^)]*\)?[ \t]*$/, '').trim();
  if (byName) return { name: byName[1], ...(post(byName[2]) ? { role: post(byName[2]) } : {}) };
  // (Or one of several on a key's line, each up to a semicolon: "Interviewees: Joanne Price (JP), senior midwife at
  // the Linden Maternity Unit …; Daniel Mercer (DM), father, of Ashby Road".)
  const inLine = new RegExp(String.raw`(?:^[ \t]*(?:\p{L}+[ \t]*:)?|;)[ \t]*${DECLARED_NAME}[ \t]*\([ \t]*${l}[ \t]*\)(?:[ \t]*[-–—:,][ \t]*([^\n;]{2,160}?))?[ \t]*(?:;|$)`, 'mu').exec(header);
  if (inLine) return { name: inLine[1], ...(post(inLine[2]) ? { role: post(inLine[2]) } : {}) };
  // (Or a list's line that ends in the label: "- Mr Simon Treadgold, director of education, Lydmere Valley Learning
  // Trust (ST)".)
  const atEnd = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?(?:${COURTESY_TITLE}[ \t]+)?${DECLARED_NAME}[ \t]*,[ \t]*([^\n()]{2,120}?)[ \t]*\([ \t]*${l}[ \t]*\)[ \t]*$`, 'mu').exec(header);
  if (atEnd) return { name: atEnd[1], role: atEnd[2] };
  // (Or one of several such on a key's line, each up to a semicolon: "Interviewees: Helen Marchbank, chair of the
  // society (HM); Graham Tull, former landlord (GT)".)
  const endsItem = new RegExp(String.raw`(?:^[ \t*]*(?:\p{L}+[ \t]*:[ \t*]*)?|;)[ \t]*(?:${COURTESY_TITLE}[ \t]+)?${DECLARED_NAME}[ \t]*,[ \t]*([^\n;()]{2,160}?)[ \t]*\([ \t]*${l}[ \t]*\)[ \t]*(?=;|$)`, 'mu').exec(header);
  if (endsItem) return { name: endsItem[1], role: endsItem[2] };
  // (Or one of several "label = name" on a key's line: "Speakers: LH = Lucy Hargreaves; MT = Marion Threlfall, owner,
  // Threlfall's Garden Centre".)
  const keyed = new RegExp(String.raw`(?:^|[:;])[ \t*]*${l}[ \t]*=[ \t]*${DECLARED_NAME}(?:[ \t]*,[ \t]*([^\n;]{2,120}?))?[ \t]*(?=;|$)`, 'mu').exec(header);
  if (keyed) return { name: keyed[1], ...(post(keyed[2]) ? { role: post(keyed[2]) } : {}) };
  const byLabel = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?${l}(?:[ \t]*(?:[-–—=]|\bis\b)[ \t]*|[ \t]{2,}|\t[ \t]*)${DECLARED_NAME}(?:[ \t]*[,(–—-][ \t]*([^\n)]{2,80}?)\)?)?[ \t]*$`, 'mu').exec(header);
  if (byLabel) {
    // (A role that runs on to lines indented under it: "PV   Dr Priya Venkatesan, Principal Bridge Engineer, Marrowshire
    // County" over "     Council; project engineer for the Haddonford Bridge repairs".)
    let role = byLabel[2];
    if (role) for (const line of header.slice(byLabel.index + byLabel[0].length).match(/^(?:\n[ \t]{4,}(?!\p{Lu}{2,}\b)\S[^\n]*){1,3}/u)?.[0].split('\n').slice(1) ?? []) role += ` ${line.trim()}`;
    return { name: byLabel[1], ...(post(role) ? { role: post(role) } : {}) };
  }
  return undefined;
}

function headerInfo(text: string, firstLine?: string): HeaderInfo {
  // The date a "Date:" line gives, before any other the header has ("Subject: … the marathon, Sunday 9 June 2024"
  // over "Date: Tuesday 11 June 2024, 10:30am").
  const labelled = DATE_LINE.exec(text);
  const date = (labelled ? parseDateText(labelled[1]) : undefined) ?? parseDateText(text);
  const title = firstLine?.replace(/^\s*[-–—:]\s*/, '').trim();
  return { text, ...(date ? { date: { date, from: 'transcript header' as const } } : {}), ...(title ? { title: title.slice(0, 200) } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Parsers

/** Parses a WebVTT or SubRip file. Never throws. */
/** The transcript a parser built: its text, the speakers its segments name (resolved against the header), date and title. */
function finishTranscript(prose: ProseBuilder, headerText: string, firstLine: string | undefined, problems: string[], introductions: readonly string[] = []): Transcript {
  const built = prose.build();
  const header = headerInfo(headerText, firstLine);
  const labels = [...new Set(built.segments.flatMap((s) => (s.speaker ? [s.speaker] : [])))];
  return {
    text: built.text,
    map: built.map,
    segments: built.segments,
    // (The header's declarations first: a speaker's own brackets are read only for one it does not declare.)
    speakers: resolveSpeakers(labels, [withDeclarations(header.text, built.text), ...introductions].join('\n')),
    ...(header.date ? { date: header.date } : {}),
    ...(header.title ? { title: header.title } : {}),
    problems,
  };
}

export function parseCues(content: string, kind: 'vtt' | 'srt'): Transcript {
  const lines = splitLines(content);
  const prose = new ProseBuilder();
  const problems: string[] = [];
  const broken: number[] = [];
  const headerParts: string[] = [];
  let title: string | undefined;
  let i = 0;
  if (kind === 'vtt') {
    const first = lines[0]?.text ?? '';
    if (!/^WEBVTT(?:[ \t].*)?$/.test(first)) problems.push('it does not start with "WEBVTT"');
    else {
      const rest = first.slice(6).trim();
      if (rest) {
        headerParts.push(rest);
        title = rest;
      }
      i = 1;
      // Header lines up to the first blank line ("Kind: captions").
      while (i < lines.length && lines[i].text.trim()) headerParts.push(lines[i++].text);
    }
  }
  let lastStart = -1;
  let lastEnd = -1;
  let lastEndedSentence = true;
  let cuesSeen = 0;
  while (i < lines.length) {
    // One block: lines up to a blank line.
    while (i < lines.length && !lines[i].text.trim()) i++;
    if (i >= lines.length) break;
    const block: Line[] = [];
    while (i < lines.length && lines[i].text.trim()) block.push(lines[i++]);
    const head = block[0].text;
    if (kind === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) {
      if (head.startsWith('NOTE') && cuesSeen === 0) headerParts.push(block.map((l) => l.text).join('\n').slice(4));
      continue;
    }
    // Timing line: the first or second line of the block.
    let t = block.findIndex((l, k) => k <= 1 && l.text.includes('-->'));
    // A timing line without its arrow ("00:00:01,000 - 00:00:04,000") is a broken timing, not words.
    if (t < 0) t = block.findIndex((l, k) => k <= 1 && /:\d/.test(l.text) && /^[\d:,.\s\->–]+$/.test(l.text));
    let time: string | undefined;
    let startSeconds: number | undefined;
    if (t >= 0 && block[t].text.includes('-->')) {
      const m = (kind === 'vtt' ? VTT_TIMING : SRT_TIMING).exec(block[t].text.trim()) ?? (kind === 'vtt' ? SRT_TIMING.exec(block[t].text.trim()) : VTT_TIMING.exec(block[t].text.trim()));
      if (m && seconds(m[2]) >= seconds(m[1])) {
        time = normalizeTime(m[1]);
        startSeconds = seconds(m[1]);
      } else broken.push(lineNumber(lines, block[t]));
    } else if (t >= 0) broken.push(lineNumber(lines, block[t]));
    else {
      // No timing line: an SRT index alone, or text after a stray blank line. Keep the words.
      t = kind === 'srt' && /^\d+$/.test(head.trim()) ? 0 : -1;
      broken.push(lineNumber(lines, block[0]));
    }
    cuesSeen++;
    const payload = block.slice(t + 1);
    if (!payload.length) continue;
    if (startSeconds !== undefined && startSeconds < lastStart) problems.push(`the cue at line ${lineNumber(lines, block[t])} starts before the one above it`);
    const gap = startSeconds !== undefined && lastEnd >= 0 ? startSeconds - lastEnd : 0;
    let cueSpeaker = prose.speaker;
    let first = true;
    for (const line of payload) {
      const who = cueLineSpeaker(line.text);
      if (who.change) {
        const turn = !who.label || who.label !== prose.speaker || !prose.paragraphOpen;
        if (turn) prose.paragraph(who.label, true);
        else prose.space();
        cueSpeaker = who.label;
        prose.segment(cueSpeaker, time);
      } else if (first) {
        // A cue without a speaker mark continues the turn, unless a pause follows a finished sentence.
        const pause = gap >= 2 && lastEndedSentence;
        if (!prose.paragraphOpen || pause) prose.paragraph(cueSpeaker, true);
        else prose.space();
        prose.segment(cueSpeaker, time);
      } else prose.space();
      prose.markup(line.text.slice(who.textStart), line.start + who.textStart);
      first = false;
    }
    prose.closeSegment();
    const lastLine = payload[payload.length - 1].text.replace(/<[^>]*>/g, '').trim();
    lastEndedSentence = /[.?!…]["”’)]?$/.test(lastLine);
    if (startSeconds !== undefined) {
      lastStart = Math.max(lastStart, startSeconds);
      const m = (block[t]?.text ?? '').split('-->')[1]?.trim().split(/\s+/)[0];
      lastEnd = m && /\d/.test(m) ? seconds(m.replace(',', '.')) : startSeconds;
    }
  }
  if (broken.length) {
    const shown = broken.slice(0, 5).join(', ') + (broken.length > 5 ? ', …' : '');
    problems.unshift(`${broken.length} cue${broken.length === 1 ? ' has' : 's have'} a missing or broken timestamp (line${broken.length === 1 ? '' : 's'} ${shown}); their words are kept without a time`);
  }
  return finishTranscript(prose, headerParts.join('\n'), title, problems);
}

function lineNumber(lines: Line[], line: Line): number {
  // Lines are in order; a binary search on start offsets.
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= line.start) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

interface PlainTurn {
  label: string;
  time?: string;
  /** Offset in the line where the spoken text starts (the line's length when the words follow on the next lines). */
  textStart: number;
  /** The line is only the label (and a time): the turn's words are on the lines after it. */
  bare: boolean;
  /** The label is a role key with words after it ("INTERVIEWER: How bad was it?"): a turn even among header lines. */
  role?: boolean;
  /** Who the speaker is, in brackets after the label: "(second-year student, BA Music Technology)". */
  about?: string;
}

/** What follows a role key when it names the person ("Interviewer: J. Lee", "Host: Jane Lee (BBC)"), not their words. */
// (A nickname in quotes among the words: 'Interviewee: Margaret "Peggy" Tolland, 71, volunteer'.)
const NAMED_AFTER_KEY = /^(?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|["“]\p{Lu}[\p{L}'’.-]*["”]|de|da|van|von|der|del|la|le|bin|al)){0,3}[ \t]*(?:[,(].*)?$/u;

/**
 * A role as a turn's label ("INTERVIEWER: How bad was it?"): a role key followed by words that are not a name (a
 * header line "Interviewer: J. Lee" names the interviewer).
 */
function roleTurn(label: string, rest: string): boolean {
  return ROLE_KEYS.has(label.trim().toLowerCase()) && !NAMED_AFTER_KEY.test(rest.trim());
}

function plainTurn(line: string): PlainTurn | undefined {
  // A label starts a line and is short: the patterns see the line's first 200 characters, and no line indented
  // deeper than 40 (lines of thousands of spaces made their runs of blanks backtrack for minutes).
  if (line.length - line.trimStart().length > 40) return undefined;
  const head = line.length > 200 ? line.slice(0, 200) : line;
  // A question or an answer with its speaker in brackets: "[00:09:02] A (ELLERY): Of the £14.2 million …", "Q (Dave
  // Pritchard, season-ticket holder): …": the speaker is the bracketed name.
  const qa = QA_BRACKETED.exec(head);
  if (qa) {
    const label = qa[3].split(',')[0].trim();
    if (isLabel(label)) {
      const time = qa[1] ? normalizeTime(qa[1]) : undefined;
      return { label, ...(time ? { time } : {}), textStart: qa[0].length, bare: false };
    }
  }
  // A numbered question from the floor with its asker and who they are: "Q4 — Mr Colin Ashworth, chair, Hollinsby
  // Parish Council: I spoke against you …".
  const numbered = NUMBERED_QUESTION.exec(head);
  if (numbered && isLabel(numbered[1])) {
    const about = numbered[2]?.trim();
    return { label: numbered[1], textStart: numbered[0].length, bare: false, ...(about ? { about } : {}) };
  }
  const m = PLAIN_TURN.exec(head);
  // (Not a header's key with its value set in a column, "Item:         Haddonford Bridge closure": a turn's words follow
  // its colon after a space or two, unless its label is in capitals.)
  if (m && !m[1] && /:[ \t]{3,}\S/.test(head.slice(0, m[0].length + 1)) && m[2] !== m[2].toUpperCase()) return undefined;
  // (The time after the label and its brackets is group 4: "TOM HADLEY (Wexcombe Evening Post) [00:12]: …".)
  // (Not a title with its subtitle: "Open Meeting: The Takeover and What Comes Next".)
  if (m && !m[1] && !m[4] && TITLE_CASE_REST.test(line.slice(m[0].length).trim())) return undefined;
  // A kind of person as the label, which several speakers share, with the speaker's name in its brackets: "RESIDENT
  // (Derek Ashworth, Brackwater Sea Anglers): …" is Derek Ashworth's turn, not a person called Resident's.
  const named = m && m[3] && PEOPLE_LABEL.test(m[2].trim()) ? BRACKETED_NAME.exec(m[3].trim()) : null;
  if (m && named && isLabel(named[1])) {
    const about = m[3].slice(m[3].indexOf(named[1]) + named[1].length).replace(/^[\s,;]+/, '').trim();
    return { label: named[1], textStart: m[0].length, bare: false, about: about ? `${m[2].trim().toLowerCase()}, ${about}` : m[2].trim().toLowerCase() };
  }
  const role = !!m && roleTurn(m[2], line.slice(m[0].length));
  if (m && (isLabel(m[2]) || role)) {
    let raw = m[1] ?? m[4];
    let textStart = m[0].length;
    const lead = LEADING_TIME.exec(line.slice(textStart));
    if (lead && !raw) {
      raw = lead[1];
      textStart += lead[0].length;
    }
    const time = raw ? normalizeTime(raw) : undefined;
    const bare = line.slice(textStart).trim() === '';
    return { label: m[2].trim(), ...(time ? { time } : {}), textStart: bare ? line.length : textStart, bare, ...(role ? { role } : {}), ...(m[3] ? { about: m[3].trim() } : {}) };
  }
  // (A label alone on its line, with a time, is a short line.)
  if (line.length > 200) return undefined;
  // A name of two words or more in capitals alone on its line, with who they are in brackets, over their words: a
  // questioner's turn ("DEREK MOWBRAY (owner, Mowbray's Hardware, Bridge Street):", "PAULINE CARVER:").
  const caps = BARE_CAPS.exec(line);
  if (caps && isLabel(caps[1])) return { label: caps[1].trim(), textStart: line.length, bare: true };
  const b = LABEL_LINE.exec(line)?.groups;
  if (!b || !isLabel(b.label)) return undefined;
  const raw = b.before ?? b.after ?? b.bracketed;
  // A bare label needs a time: "Summary:" or a short capitalised line alone is a heading, not a turn.
  const time = raw ? normalizeTime(raw) : undefined;
  if (!time) return undefined;
  return { label: b.label.trim(), ...(time ? { time } : {}), textStart: line.length, bare: true };
}

/** A name in capitals alone on its line, its brackets and a colon: a turn whose words are on the lines below. */
// (No small words in it: "ON THE PLATFORM:", "NOTES TO EDITORS:" are headings.)
const BARE_CAPS = /^(?![^\n]*\b(?:ON|THE|OF|TO|AND|FOR|IN|AT|BY|WITH|FROM|A|AN)\b)[ \t]*(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){1,3})(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]*$/u;

/** A line of a stage direction in brackets: "[Show of hands]", "(Laughter)". */
// (Or a note of who was sworn: "[Witness sworn: Station Manager Ruth Calloway, Calderbrook Fire and Rescue Service]".)
const STAGE_DIRECTION = /^[ \t]*[\[(][^\])\n]{1,120}[\])][ \t]*$/;

/** A labelled line this long is a hard-wrapped turn's first line, when the lines below it go on without a blank. */
const WRAPPED_TURN = 50;

/**
 * Whether a plain-text file is laid out as a transcript: at least three turns with a speaker label, one speaker
 * speaking at least twice, and the lines of turns (labelled lines, and the first line of words under a bare label
 * line) making up at least 40% of the non-empty lines after the first turn.
 */
export function looksLikeTranscript(content: string): boolean {
  const lines = content.length > 2_000_000 ? content.slice(0, 2_000_000).split('\n') : content.split('\n');
  let firstTurn = -1;
  let turns = 0;
  let nonEmpty = 0;
  // Lines of a turn: labelled lines, and the first line of words after a bare label.
  let turnLines = 0;
  let afterBare = false;
  // Whether the lines go on with a turn's words hard-wrapped: after a long labelled line, up to a blank line
  // ("JOSEPH LEMAIYAN: No. We told him to be patient until 35" over "kilometres. He was not patient.").
  let wrapped = false;
  const counts = new Map<string, number>();
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k];
    if (!text.trim()) {
      wrapped = false;
      continue;
    }
    // (A time alone on its line over each turn, "[10:42]", and a stage direction, "[Show of hands]", are no lines of
    // words.)
    if (!afterBare && (TIME_LINE.test(text) || STAGE_DIRECTION.test(text))) continue;
    const turn = plainTurn(text);
    if (turn) {
      if (firstTurn < 0) firstTurn = k;
      turns++;
      turnLines++;
      counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1);
    } else if ((afterBare || wrapped) && !TIME_LINE.test(text)) turnLines++;
    afterBare = turn?.bare === true;
    wrapped = turn ? !turn.bare && text.trimEnd().length >= WRAPPED_TURN : wrapped;
    if (firstTurn >= 0) nonEmpty++;
  }
  if (turns < 3 || ![...counts.values()].some((n) => n >= 2)) return false;
  if (turnLines >= 0.4 * nonEmpty) return true;
  // Or turns labelled in capitals, two people at least and one of them twice, in a record of long speeches: a
  // judge's sentencing remarks over a few exchanges with counsel ("JUDGE FAIRWEATHER: …", "MS VENKATARAMAN: …"),
  // whose paragraphs without a label go on with the last speaker's words.
  const capitals = [...counts].filter(([label]) => CAPITAL_LABEL.test(label));
  return capitals.length >= 2 && capitals.some(([, n]) => n >= 2) && capitals.reduce((sum, [, n]) => sum + n, 0) >= 4;
}
/** A speaker label in capitals of two words or more ("JUDGE FAIRWEATHER", "THE CLERK", "MR ASHWORTH"). */
const CAPITAL_LABEL = /^\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){1,3}$/u;

/** A line that parts one interview of a transcript from the next: a rule, or a heading of a part by its number. */
const PART_BREAK = /^[ \t]*(?:[=*_~-][ \t]*){3,}$|^[ \t]*(?:PART|INTERVIEW|SECTION|Part|Interview|Section)[ \t]+(?:\d{1,2}|[IVX]{1,4}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|ONE|TWO|THREE|FOUR|FIVE)\b(?:[ \t]*[:.–—-][^\n]*)?[ \t]*$/u;

/**
 * Parses a plain transcript ("SPEAKER: text", "[00:12:03] Name: text", or a label line with the words below it:
 * "Dan Kowalski  0:06"). Never throws.
 */
export function parsePlainTranscript(content: string): Transcript {
  const lines = splitLines(content);
  const prose = new ProseBuilder();
  const headerLines: string[] = [];
  // Who a speaker is, from the brackets of their first turn's label ("GRACE FENWICK (second-year student, …): …"),
  // read as a header's declaration of them.
  const introduced = new Map<string, string>();
  let inHeader = true;
  let pendingTime: string | undefined;
  let speaker: string | undefined;
  let time: string | undefined;
  let previousBlank = true;
  let lastEnd = -1;
  for (const line of lines) {
    const text = line.text;
    if (!text.trim()) {
      previousBlank = true;
      continue;
    }
    // A rule or a part's heading between interviews ("=====", "PART 2: Gareth Fennimore, Director of …",
    // "INTERVIEW 2"): no one's words, and the lines up to the next turn introduce the next speaker as a header does.
    if (!inHeader && PART_BREAK.test(text)) {
      inHeader = true;
      speaker = undefined;
    }
    const turn = plainTurn(text);
    const timeOnly = TIME_LINE.exec(text);
    if (timeOnly && !turn) {
      pendingTime = normalizeTime(timeOnly[1]);
      previousBlank = true;
      continue;
    }
    if (turn?.bare && !(inHeader && METADATA_KEYS.has(turn.label.toLowerCase()))) {
      // "Dan Kowalski  0:06": the words follow on the next lines, a paragraph of this speaker.
      inHeader = false;
      speaker = turn.label;
      time = turn.time ?? pendingTime;
      pendingTime = undefined;
      prose.endParagraph();
      previousBlank = true;
      continue;
    }
    // (Nor, in the header, a role key over the name of who holds it: "Reporter: Jess Armitage, local democracy and
    // housing reporter" declares the reporter, whose turns are "JA: …".)
    const declares = inHeader && turn !== undefined && !turn.role && ROLE_KEYS.has(turn.label.toLowerCase()) && NAMED_AFTER_KEY.test(text.slice(turn.textStart).trim());
    if (turn && !declares && !(inHeader && METADATA_KEYS.has(turn.label.toLowerCase()) && !turn.role)) {
      inHeader = false;
      speaker = turn.label;
      if (turn.about && !introduced.has(turn.label)) introduced.set(turn.label, `${turn.label} (${turn.about})`);
      time = turn.time ?? pendingTime;
      pendingTime = undefined;
      prose.paragraph(speaker, true);
      prose.segment(speaker, time);
      prose.verbatim(text.slice(turn.textStart).trimEnd(), line.start + turn.textStart);
      lastEnd = line.end;
    } else if (!inHeader && STAGE_DIRECTION.test(text)) {
      // A note of the proceedings in brackets ("[Witness sworn: Station Manager Ruth Calloway, …]") is no one's words:
      // a paragraph of its own without a speaker, the turn going on after it.
      prose.paragraph(undefined, true);
      prose.segment(undefined, undefined);
      const lead = text.length - text.trimStart().length;
      prose.verbatim(text.slice(lead).trimEnd(), line.start + lead);
      lastEnd = line.start + text.trimEnd().length;
      previousBlank = true;
      continue;
    } else if (inHeader) {
      headerLines.push(text);
      // Header lines are prose too (they may state facts), without a speaker.
      if (previousBlank || !prose.paragraphOpen) {
        prose.paragraph(undefined, true);
        prose.segment(undefined, undefined);
        prose.verbatim(text.trim(), line.start + (text.length - text.trimStart().length));
      } else {
        prose.verbatim(content.slice(lastEnd, line.start + text.trimEnd().length), lastEnd);
      }
      lastEnd = line.start + text.trimEnd().length;
    } else if (previousBlank) {
      // A new paragraph without a label: the same speaker goes on.
      prose.paragraph(speaker, true);
      prose.segment(speaker, pendingTime ?? time);
      pendingTime = undefined;
      const lead = text.length - text.trimStart().length;
      prose.verbatim(text.slice(lead).trimEnd(), line.start + lead);
      lastEnd = line.start + text.trimEnd().length;
    } else {
      // A continuation line of the same paragraph: copied with the line break before it.
      prose.verbatim(content.slice(lastEnd, line.start + text.trimEnd().length), lastEnd);
      lastEnd = line.start + text.trimEnd().length;
    }
    previousBlank = false;
  }
  return finishTranscript(prose, headerLines.join('\n'), headerLines[0], [], [...introduced.values()]);
}

// ---------------------------------------------------------------------------------------------------------
// Loaders

export function transcriptDocument(input: LoaderInput, transcript: Transcript): SourceDocument {
  const { id, key, file, lines } = input;
  const map = transcript.map;
  return {
    id,
    key,
    file,
    format: 'transcript',
    ...(transcript.title ? { title: transcript.title } : {}),
    text: transcript.text,
    ...mappedPositions(map, lines),
    meta: {
      segments: transcript.segments,
      speakers: transcript.speakers,
      ...(transcript.date ? { date: transcript.date } : {}),
    },
  };
}

function warningsOf(input: LoaderInput, transcript: Transcript, what: string): SourceWarning[] {
  if (!transcript.problems.length) return [];
  return [{ file: input.file, code: 'malformed', message: `${input.id}: ${what}: ${transcript.problems.join('; ')}.` }];
}

export const vttLoader: SourceLoader = {
  format: 'transcript',
  extensions: ['.vtt'],
  load(input): LoaderResult {
    const transcript = parseCues(input.content, 'vtt');
    return { documents: [transcriptDocument(input, transcript)], warnings: warningsOf(input, transcript, 'WebVTT problems') };
  },
};

export const srtLoader: SourceLoader = {
  format: 'transcript',
  extensions: ['.srt'],
  load(input): LoaderResult {
    const transcript = parseCues(input.content, 'srt');
    return { documents: [transcriptDocument(input, transcript)], warnings: warningsOf(input, transcript, 'SubRip problems') };
  },
};

// ---------------------------------------------------------------------------------------------------------
// Speaker turns in other prose

/** A label with words in brackets after it, as press conferences mark the questioner: "QUESTION (Daily Herald): …". */
const BRACKETED_LABEL = /^[ \t]*([^:()\n]{1,40}?)[ \t]*\([^()\n]{1,40}\)[ \t]*:[ \t]+(?=\S)/u;

/**
 * The speaker turns of a document that is not a transcript file but is laid out as one: a Markdown press
 * conference or interview ("**MARKO LINDQVIST:** Good morning.", "Q: …" / "A: …", the bold already gone from
 * `text`). The same test as `looksLikeTranscript` (three turns or more, one label at least twice, the turns'
 * lines at least 40% of the lines from the first turn on); a paragraph without a label goes on with the speaker
 * before it, and a line without an end of sentence (a heading) ends the turn. Segments cover the lines of turns;
 * the speakers are resolved against the lines before the first turn ("Speakers: Marko Lindqvist, Director of …").
 */
/**
 * A table row as the loaders write it: a labelled first cell and two cells more between " | " ("Pos: 1 | Tomás
 * Ferreira | POR | Time: 9.94 | NR").
 */
const TABLE_ROW_LINE = /^\s*[^|:\n]{1,40}:\s[^|\n]*(?:\s\|(?:\s[^|\n]*)?){2,}$/u;

export function proseTurns(text: string): { segments: TextSegment[]; speakers: Speaker[] } | undefined {
  const segments: TextSegment[] = [];
  const header: string[] = [];
  const counts = new Map<string, number>();
  let speaker: string | undefined;
  let turns = 0;
  let turnLines = 0;
  let afterFirst = 0;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const start = at;
    at = end + 1;
    if (!line.trim()) continue;
    // A table's row as the loaders write it ("Pos: 1 | Tomás Ferreira | POR | Time: 9.94 | NR") is no turn: its
    // first header is no speaker, and it ends a turn before it.
    if (TABLE_ROW_LINE.test(line)) {
      if (turns) afterFirst++;
      speaker = undefined;
      continue;
    }
    // (As in `plainTurn`: a label starts a short line's first 200 characters, indented 40 at most.)
    const deep = line.length - line.trimStart().length > 40;
    const bracketed = deep ? null : BRACKETED_LABEL.exec(line.length > 200 ? line.slice(0, 200) : line);
    // (A kind of person's label names the speaker in its brackets, as `plainTurn` reads it.)
    const turn = deep ? undefined : bracketed && isLabel(bracketed[1]) && !PEOPLE_LABEL.test(bracketed[1].trim()) ? { label: bracketed[1].trim(), bare: false, role: false } : plainTurn(line);
    if (turn && !turn.bare && !(METADATA_KEYS.has(turn.label.toLowerCase()) && !turn.role)) {
      speaker = turn.label;
      turns++;
      counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    } else if (!turns) {
      header.push(line);
      continue;
    } else if (!/[.!?:;"”’)\]]\s*$/u.test(line)) {
      speaker = undefined;
    }
    afterFirst++;
    if (speaker === undefined) continue;
    turnLines++;
    const last = segments[segments.length - 1];
    if (last && last.speaker === speaker && !text.slice(last.end, start).trim()) last.end = end;
    else segments.push({ start, end, speaker });
  }
  if (turns < 3 || ![...counts.values()].some((n) => n >= 2) || turnLines < 0.4 * afterFirst) return undefined;
  return { segments, speakers: resolveSpeakers([...counts.keys()], withDeclarations(header.join('\n'), text)) };
}
