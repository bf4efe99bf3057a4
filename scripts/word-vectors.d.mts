/** Types of scripts/word-vectors.mjs (see there). */
export declare const LIMIT: number;
export declare function buildWordVectors(source: string, out: string): { words: number; dims: number; bytes: number };
export declare function packageVectors(): string | undefined;
