// @vitest-environment node
/** The contract suite against the real server on PostgreSQL: the same tests as tests/contract/memory.contract.test.ts. */
import { afterAll, beforeAll } from 'vitest';
import { defineContractSuite } from '../contract/suite';
import { createServerTarget } from './contract/server-target';

const target = createServerTarget();
beforeAll(() => target.start(), 60_000);
afterAll(() => target.stop());

defineContractSuite(() => target);
