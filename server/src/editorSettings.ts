/**
 * Settings of the editor integration only: how findings are shown, not what is found. They come from the client's
 * `claimcheck` settings section and never from `.claimcheck.json` (a project file should not decide how one writer's
 * editor looks), so they are read even where that file exists, and taken out before the engine's settings are
 * validated (core/config.ts would call them unknown).
 */

export interface EditorSettings {
  /** Show an inlay hint ("✓ interview-park:12") after each supported claim. */
  markSupportedClaims: boolean;
}

export const DEFAULT_EDITOR_SETTINGS: Readonly<EditorSettings> = Object.freeze({ markSupportedClaims: true });

/** Keys of the client's `claimcheck` section that are not engine settings (`trace` and `openPdfWith` are the client's own). */
export const EDITOR_ONLY_KEYS: readonly string[] = ['trace', 'markSupportedClaims', 'openPdfWith'];

/** Splits the client's `claimcheck` section into the engine's settings and the editor's. */
export function splitSettings(raw: unknown): { engine: Record<string, unknown> | undefined; editor: EditorSettings } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { engine: undefined, editor: { ...DEFAULT_EDITOR_SETTINGS } };
  const engine: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) if (!EDITOR_ONLY_KEYS.includes(key)) engine[key] = value;
  const mark = (raw as Record<string, unknown>).markSupportedClaims;
  return { engine, editor: { markSupportedClaims: typeof mark === 'boolean' ? mark : DEFAULT_EDITOR_SETTINGS.markSupportedClaims } };
}
