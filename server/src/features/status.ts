/** Keeps the client's status bar informed: index state and finding counts (`claimcheck/status`). */
import { StatusNotification, type StatusParams } from '../protocol';
import { allProjects, type ServerContext } from '../context';
import type { FindingCode, Severity } from '../core/types';
import { emptyCounts } from '../project';

/** Status changes are gathered for this long before one notification goes out. */
const STATUS_DELAY_MS = 50;

/** The status of every workspace folder together: sums, the busiest state, the first message. */
export function statusOf(context: ServerContext): StatusParams {
  const projects = allProjects(context);
  const empty = emptyCounts();
  const status: StatusParams = {
    state: 'ready',
    documents: 0,
    passages: 0,
    indexMilliseconds: 0,
    findings: 0,
    unsupported: 0,
    findingsBySeverity: empty.bySeverity,
    findingsByCode: empty.byCode,
    warnings: 0,
  };
  const progress: number[] = [];
  for (const project of projects) {
    const totals = project.totals;
    if (project.state === 'error') status.state = 'error';
    else if (project.state === 'indexing' && status.state !== 'error') status.state = 'indexing';
    status.documents += project.documentCount;
    status.passages += project.passageCount;
    status.indexMilliseconds += project.lastBuild?.milliseconds ?? 0;
    status.findings += totals.findings;
    status.unsupported += totals.unsupported;
    for (const [severity, n] of Object.entries(totals.bySeverity)) status.findingsBySeverity[severity as Severity] += n;
    for (const [code, n] of Object.entries(totals.byCode)) status.findingsByCode[code as FindingCode] += n;
    status.warnings += project.warningCount;
    if (project.buildProgress !== undefined) progress.push(project.buildProgress);
    status.message ??= project.stateMessage;
  }
  if (progress.length) status.progress = Math.min(...progress);
  return status;
}

export function registerStatus(context: ServerContext): void {
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const send = () => {
    timer = undefined;
    const status = statusOf(context);
    const json = JSON.stringify(status);
    if (json === last) return;
    last = json;
    void context.connection.sendNotification(StatusNotification, status);
  };
  const changed = () => {
    if (timer === undefined) timer = setTimeout(send, STATUS_DELAY_MS);
  };
  if (context.projects) context.projects.onDidChangeStatus(changed);
  else context.project.onDidChangeStatus(changed);
}
