// STUB — to be implemented (helper: text+sources).
import type { Position } from '../types';
export class LineIndex {
  constructor(readonly text: string) {}
  positionAt(offset: number): Position { throw new Error('not implemented'); }
  offsetAt(position: Position): number { throw new Error('not implemented'); }
}
