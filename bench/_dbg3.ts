import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { decide } from '../server/src/core/verdict/claims';
import { prepareAll } from './verdicts';
const p = prepareAll();
const kinds: Record<string, number> = {};
let k = 0;
for (const it of p.items) {
  if (it.group !== process.argv[2]) continue;
  const d = decide(it.prepared, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
  if (d.result.verdict !== 'contradicted') continue;
  for (const c of d.result.conflicts) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  if (k++ < 14) {
    const ev = d.result.evidence[0];
    console.log(`C: ${it.prepared.claim.text}\nE: ${ev.document.text.slice(ev.passage.span.start, ev.passage.span.end)}\n   ${JSON.stringify(d.result.conflicts.map((c) => [c.claim, c.source, c.kind]))}`);
  }
}
console.log(kinds);
