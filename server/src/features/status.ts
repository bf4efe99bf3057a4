/** Keeps the client's status bar informed: index state and finding counts (`claimcheck/status`). */
import { StatusNotification, type StatusParams } from '../protocol';
import type { ServerContext } from '../context';

/** Status changes are gathered for this long before one notification goes out. */
const STATUS_DELAY_MS = 50;

export function statusOf(context: ServerContext): StatusParams {
  const { project } = context;
  const totals = project.totals;
  return {
    state: project.state,
    documents: project.documentCount,
    passages: project.passageCount,
    indexMilliseconds: project.lastBuild?.milliseconds ?? 0,
    progress: project.buildProgress,
    findings: totals.findings,
    unsupported: totals.unsupported,
    warnings: project.warningCount,
    message: project.stateMessage,
  };
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
  context.project.onDidChangeStatus(() => {
    if (timer === undefined) timer = setTimeout(send, STATUS_DELAY_MS);
  });
}
