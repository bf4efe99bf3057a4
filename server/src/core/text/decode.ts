/**
 * Turns the bytes of a source file into text. Never throws: bytes that are not valid UTF-8 become U+FFFD and
 * the result says so, and files that look binary are flagged so the loader can skip them.
 *
 * Uses the platform's WHATWG `TextDecoder` (Node and browsers), which already implements BOM handling and
 * replacement exactly as the Encoding Standard says.
 */

export interface DecodedText {
  text: string;
  /** The bytes look like a binary file (NUL bytes or many control characters near the start). */
  binary: boolean;
  /** Some bytes were not valid UTF-8 and were replaced by U+FFFD. */
  invalidUtf8: boolean;
}

/** How many leading bytes are inspected to decide whether a file is binary. */
const SNIFF_BYTES = 8192;

/** Decodes a source file: UTF-8 (BOM stripped) by default, UTF-16 LE/BE when the file starts with their BOM. */
export function decodeSource(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
      const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
      // The decoder strips the BOM itself (ignoreBOM defaults to false).
      const text = new TextDecoder(encoding).decode(bytes);
      return { text, binary: looksBinaryText(text), invalidUtf8: false };
    }
  }
  const binary = looksBinaryBytes(bytes);
  let text: string;
  let invalidUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    invalidUtf8 = true;
  }
  return { text, binary, invalidUtf8 };
}

/** Control characters that never appear in text files (everything below 0x20 except tab, LF, VT, FF, CR, ESC). */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13 && code !== 27;
}

function looksBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isBinaryControl(b)) controls++;
  }
  return controls / n > 0.1;
}

/** Whether text already decoded (an editor buffer) looks like a binary file: a NUL or many control characters near the start. */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isBinaryControl(c)) controls++;
  }
  return controls / n > 0.1;
}
