/**
 * Bad inputs per writing endpoint (bad-inputs.ts): every flaw is a 422 problem whose `errors` name the
 * field, with a message for it; the same body without the flaw is accepted, so the refusal is the flaw's.
 */
import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../src/domain';
import { BAD_INPUTS, type BadBody } from './bad-inputs';
import { BULK_BAD_INPUTS } from './bad-inputs-bulk';
import { type ApiResponse, problemOf } from './client';
import { seedFacts } from './fixtures';
import type { ContractTarget } from './target';

async function expectRefused(send: (body: unknown) => Promise<ApiResponse>, flaw: BadBody): Promise<void> {
  const problem = problemOf(await send(flaw.body), 422);
  expect(problem.type, flaw.why).toBe(PROBLEM_TYPES.validation);
  expect(Object.keys(problem.errors ?? {}), `${flaw.why}: ${JSON.stringify(problem.errors)}`).toContain(flaw.field);
  const messages = problem.errors?.[flaw.field] ?? [];
  expect(messages.length, flaw.why).toBeGreaterThan(0);
  for (const message of messages) expect(message.trim(), flaw.why).not.toBe('');
}

export function defineBadInputSuite(getTarget: () => ContractTarget): void {
  describe('bad inputs: 422 naming the field', () => {
    for (const endpoint of [...BAD_INPUTS, ...BULK_BAD_INPUTS]) {
      describe(endpoint.endpoint, () => {
        const prepare = async () => {
          const target = getTarget();
          return { target, send: await endpoint.prepare(target, await seedFacts(target)) };
        };

        it('accepts the valid body the cases are built from', async () => {
          const { target, send } = await prepare();
          const response = await send(endpoint.valid(target));
          expect(response.status, response.text).toBeGreaterThanOrEqual(200);
          expect(response.status, response.text).toBeLessThan(300);
        });

        const { cases } = endpoint;
        if (typeof cases === 'function') {
          // The cases depend on how this target signs people in: all of them in one test.
          it('refuses every flaw of the sign-in body', async () => {
            const { target, send } = await prepare();
            const flaws = cases(target.signInKind);
            expect(flaws.length).toBeGreaterThan(0);
            for (const flaw of flaws) await expectRefused(send, flaw);
          });
          return;
        }
        for (const flaw of cases) {
          it(`${flaw.why} → 422 naming ${flaw.field}`, async () => expectRefused((await prepare()).send, flaw));
        }
      });
    }
  });
}
