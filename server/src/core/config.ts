/**
 * Claimcheck's settings: one typed shape shared by `.claimcheck.json`, the CLI flags and the VS Code settings,
 * with defaults and a validator that turns malformed input into messages instead of exceptions.
 */
import type { ClaimMode, FindingCode, Severity } from './types';

export interface Thresholds {
  /** Minimum support score (0–1) for a claim to count as supported by a passage. */
  support: number;
  /**
   * Minimum topical overlap (0–1) between a claim and a passage, ignoring the conflicting values, for a
   * differing number, date or name to count as a contradiction rather than as a different subject.
   */
  contradiction: number;
  /** Minimum word alignment (0–1) between a quote and a source passage to call the quote altered, not missing. */
  quoteSimilarity: number;
}

export type SeveritySetting = Severity | 'off';

export interface ClaimcheckConfig {
  /** Source folders, files or globs, relative to the workspace root (or absolute). */
  sources: string[];
  /** Globs of paths never read as sources or drafts. */
  exclude: string[];
  claims: ClaimMode;
  /** Evidence passages kept per claim. */
  maxEvidence: number;
  /** Source files larger than this many bytes are skipped with a warning. */
  maxFileSize: number;
  thresholds: Thresholds;
  severity: Record<FindingCode, SeveritySetting>;
}

export const FINDING_CODES: readonly FindingCode[] = [
  'unsupported-claim',
  'contradicted-claim',
  'altered-quote',
  'unverified-quote',
  'unknown-citation',
  'misattributed-quote',
];

/** `support`: the threshold of the fitted decision model (server/src/core/verdict/model.json, fitted by `npx tsx bench/fit-verdicts.ts`); `contradiction`: see the "Verdicts" section of bench/README.md. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  support: 0.41,
  contradiction: 0.6,
  quoteSimilarity: 0.6,
};

export const DEFAULT_CONFIG: ClaimcheckConfig = {
  sources: ['sources'],
  exclude: ['**/node_modules/**', '**/.*/**'],
  claims: 'checkworthy',
  maxEvidence: 3,
  maxFileSize: 20 * 1024 * 1024,
  thresholds: DEFAULT_THRESHOLDS,
  severity: {
    'unsupported-claim': 'warning',
    'contradicted-claim': 'error',
    'altered-quote': 'error',
    'unverified-quote': 'warning',
    'unknown-citation': 'error',
    'misattributed-quote': 'error',
  },
};

export const CONFIG_FILE_NAME = '.claimcheck.json';

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `thresholds.support`. */
  path: string;
  message: string;
}

export interface ParsedConfig {
  config: ClaimcheckConfig;
  problems: ConfigProblem[];
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Validates a partial config (parsed JSON of `.claimcheck.json`, or settings) on top of `base`.
 * Invalid values are reported and replaced by the base value; unknown keys are reported.
 */
export function resolveConfig(raw: unknown, base: ClaimcheckConfig = DEFAULT_CONFIG): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const config: ClaimcheckConfig = {
    ...base,
    sources: [...base.sources],
    exclude: [...base.exclude],
    thresholds: { ...base.thresholds },
    severity: { ...base.severity },
  };
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: '', message: 'The configuration must be a JSON object.' });
    return { config, problems };
  }
  const input = raw as Record<string, unknown>;
  const known = new Set(['$schema', 'sources', 'exclude', 'claims', 'maxEvidence', 'maxFileSize', 'thresholds', 'severity']);
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push({ path: key, message: `Unknown setting "${key}".` });
  }
  const stringList = (key: 'sources' | 'exclude') => {
    const value = input[key];
    if (value === undefined) return;
    const list = typeof value === 'string' ? [value] : value;
    if (Array.isArray(list) && list.every((v) => typeof v === 'string' && v.trim() !== '')) config[key] = list as string[];
    else problems.push({ path: key, message: `"${key}" must be a list of paths or globs.` });
  };
  stringList('sources');
  stringList('exclude');
  if (input.claims !== undefined) {
    if (input.claims === 'checkworthy' || input.claims === 'all') config.claims = input.claims;
    else problems.push({ path: 'claims', message: '"claims" must be "checkworthy" or "all".' });
  }
  const positiveInt = (key: 'maxEvidence' | 'maxFileSize') => {
    const value = input[key];
    if (value === undefined) return;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) config[key] = value;
    else problems.push({ path: key, message: `"${key}" must be a positive whole number.` });
  };
  positiveInt('maxEvidence');
  positiveInt('maxFileSize');
  if (input.thresholds !== undefined) {
    if (typeof input.thresholds !== 'object' || input.thresholds === null || Array.isArray(input.thresholds)) {
      problems.push({ path: 'thresholds', message: '"thresholds" must be an object.' });
    } else {
      for (const [key, value] of Object.entries(input.thresholds as Record<string, unknown>)) {
        if (!(key in config.thresholds)) {
          problems.push({ path: `thresholds.${key}`, message: `Unknown threshold "${key}".` });
        } else if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
          problems.push({ path: `thresholds.${key}`, message: `"thresholds.${key}" must be a number from 0 to 1.` });
        } else {
          (config.thresholds as unknown as Record<string, number>)[key] = value;
        }
      }
    }
  }
  if (input.severity !== undefined) {
    if (typeof input.severity !== 'object' || input.severity === null || Array.isArray(input.severity)) {
      problems.push({ path: 'severity', message: '"severity" must be an object.' });
    } else {
      for (const [key, value] of Object.entries(input.severity as Record<string, unknown>)) {
        if (!(FINDING_CODES as readonly string[]).includes(key)) {
          problems.push({ path: `severity.${key}`, message: `Unknown finding code "${key}".` });
        } else if (!SEVERITIES.includes(value as SeveritySetting)) {
          problems.push({ path: `severity.${key}`, message: `"severity.${key}" must be one of ${SEVERITIES.join(', ')}.` });
        } else {
          config.severity[key as FindingCode] = value as SeveritySetting;
        }
      }
    }
  }
  return { config, problems };
}

/**
 * Parses the text of `.claimcheck.json` (or of the file given to `--config`, named in messages as `name`); a
 * syntax error becomes a problem and the base config is used.
 */
export function parseConfigText(text: string, base: ClaimcheckConfig = DEFAULT_CONFIG, name: string = CONFIG_FILE_NAME): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      config: resolveConfig(undefined, base).config,
      problems: [{ path: '', message: `${name} is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return resolveConfig(raw, base);
}
