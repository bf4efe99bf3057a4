import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { decide } from '../server/src/core/verdict/claims';
import { prepareAll } from './verdicts';
const p = prepareAll();
const t = { ...DEFAULT_THRESHOLDS, support: Number(process.argv[2] ?? 0.53) };
const stats: Record<string, Record<string, number>> = {};
for (const it of p.items) {
  if (!['scifact-cited', 'wice', 'frank'].includes(it.set)) continue;
  const d = decide(it.prepared, { thresholds: t, maxEvidence: 3 });
  const k = `${it.set}/${it.group}`;
  const s = (stats[k] ??= { n: 0, contra: 0, unstated: 0, lowp: 0, ok: 0 });
  s.n++;
  if (d.result.verdict === 'contradicted') s.contra++;
  else if (d.account?.unstatedValues.length && d.result.score >= t.support) s.unstated++;
  else if (d.result.verdict === 'unsupported') s.lowp++;
  else s.ok++;
}
for (const [k, s] of Object.entries(stats)) console.log(k.padEnd(32), JSON.stringify(s));
