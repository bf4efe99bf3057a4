import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { decide } from '../server/src/core/verdict/claims';
import { prepareAll } from './verdicts';
const types = process.argv.slice(2);
const p = prepareAll();
let k = 0;
for (const it of p.items) {
  if (!types.includes(it.group)) continue;
  const d = decide(it.prepared, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
  const flagged = d.result.verdict !== 'supported';
  if (flagged === it.positive) continue;
  if (k++ > 14) break;
  const ev = d.result.evidence[0];
  console.log(`[${it.group}] ${d.result.verdict} p=${d.result.score.toFixed(2)}\n  C: ${it.prepared.claim.text}\n  E: ${ev ? ev.document.text.slice(ev.passage.span.start, ev.passage.span.end) : '-'}\n  conflicts ${JSON.stringify(d.result.conflicts.map((c) => [c.claim, c.source, c.kind]))}`);
}
