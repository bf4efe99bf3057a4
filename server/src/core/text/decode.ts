// STUB — to be implemented (helper: text+sources).
export interface DecodedText { text: string; binary: boolean; invalidUtf8: boolean }
export function decodeSource(bytes: Uint8Array): DecodedText {
  throw new Error('not implemented');
}
