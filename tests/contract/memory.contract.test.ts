// @vitest-environment node
/** The contract suite against the in-memory mock: MSW in Node, the browser's own handlers. */
import { afterAll, beforeAll } from 'vitest';
import { createMockTarget } from './mock-target';
import { defineContractSuite } from './suite';

const target = createMockTarget();
beforeAll(() => target.start());
afterAll(() => target.stop());

defineContractSuite(() => target);
