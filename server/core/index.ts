/**
 * The API's rules, written once and served by every backend: the in-browser mock and the server run this
 * same code over their own store. No HTTP and no storage here: only ports (./ports.ts).
 */
import { bulkCommands } from './bulk-commands';
import { candidateCommands } from './candidate-commands';
import type { CoreDeps } from './context';
import { exportCommands } from './export-csv';
import { insightQueries } from './insights-query';
import { queries } from './queries';
import { scorecardCommands } from './scorecard-commands';
import { sessionCommands } from './session-commands';

export function createCore(deps: CoreDeps) {
  return {
    deps,
    candidates: candidateCommands(deps),
    bulk: bulkCommands(deps),
    exports: exportCommands(deps),
    scorecards: scorecardCommands(deps),
    sessions: sessionCommands(deps),
    read: queries(deps),
    insights: insightQueries(deps),
  };
}
export type Core = ReturnType<typeof createCore>;

export type { CoreDeps } from './context';
export * from './events';
export * from './ports';
export { problems, Refusal } from './problems';
export * from './visibility';
