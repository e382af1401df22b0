import type { MockBackend } from '../backend';
import { candidateRecordHandlers } from './candidate-records';
import { candidateHandlers } from './candidates';
import { devHandlers } from './dev';
import { faultInjection } from './faults';
import { roleHandlers } from './role';
import { scorecardHandlers } from './scorecards';
import { sessionHandlers } from './session';

/** Every handler of the mock API, shared by the browser worker and the Node test server. */
export function createHandlers(backend: MockBackend, base = '/api') {
  return [
    faultInjection(backend, base),
    ...devHandlers(backend, base),
    ...sessionHandlers(backend, base),
    ...roleHandlers(backend, base),
    ...scorecardHandlers(backend, base),
    ...candidateRecordHandlers(backend, base),
    ...candidateHandlers(backend, base),
  ];
}
