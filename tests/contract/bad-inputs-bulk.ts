/**
 * Bad inputs of the bulk endpoints (suite-bad-input.ts runs them with the others). A bulk request is refused
 * whole, 422 naming the field, before any item is tried: nothing is half applied.
 */
import { BELL, type BadInputEndpoint, flaw, LONE_HIGH, long, requiredTextFlaws } from './bad-inputs';
import { newKey } from './client';
import { activeIn } from './fixtures';
import { PERSONAS } from './target';

/** Stand for the seeded candidate the request is about and its current version: prepare() puts them in. */
const SELECTED = '@selected';
const CURRENT = -999;
const ITEM = { candidateId: SELECTED, version: CURRENT };
const NOTE_ITEM = { candidateId: SELECTED };
const MOVE = { items: [ITEM], toStage: 'screen' };
const STATUS = { items: [ITEM], action: 'reject', reason: 'Does not meet required qualifications', note: 'Thin on data.', unmetQualifications: ['data'] };
const NOTE = { items: [NOTE_ITEM], text: 'Batch follow-up.' };

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ candidateId: `c-${i}`, version: 1 }));

/** What every item list is refused for. */
function itemFlaws(valid: Record<string, unknown>, withVersion: boolean) {
  const item = withVersion ? ITEM : NOTE_ITEM;
  return [
    flaw(valid, 'items missing', 'items', { items: undefined }),
    flaw(valid, 'items not a list', 'items', { items: item }),
    flaw(valid, 'no items', 'items', { items: [] }),
    flaw(valid, 'over 500 items', 'items', { items: ids(501) }),
    flaw(valid, 'the same candidate twice', 'items.1.candidateId', { items: [item, item] }),
    flaw(valid, 'an item without a candidate', 'items.0.candidateId', { items: [withVersion ? { version: 1 } : {}] }),
    flaw(valid, 'a candidate id over 64 characters', 'items.0.candidateId', { items: [{ ...item, candidateId: long(65) }] }),
    flaw(valid, 'a candidate id with a control character', 'items.0.candidateId', { items: [{ ...item, candidateId: BELL }] }),
    flaw(valid, 'a candidate id with a lone surrogate', 'items.0.candidateId', { items: [{ ...item, candidateId: LONE_HIGH }] }),
    ...(withVersion
      ? [
          flaw(valid, 'an item without a version', 'items.0.version', { items: [{ candidateId: SELECTED }] }),
          flaw(valid, 'version 0', 'items.0.version', { items: [{ ...ITEM, version: 0 }] }),
          flaw(valid, 'a fractional version', 'items.0.version', { items: [{ ...ITEM, version: 1.5 }] }),
          flaw(valid, 'version as a string', 'items.0.version', { items: [{ ...ITEM, version: '1' }] }),
        ]
      : []),
  ];
}

function bulkEndpoint(path: string, valid: Record<string, unknown>, cases: BadInputEndpoint['cases']): BadInputEndpoint {
  return {
    endpoint: `POST ${path}`,
    async prepare(target, facts) {
      const candidate = activeIn(facts, 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const withCandidate = (item: unknown) => {
        if (typeof item !== 'object' || item === null) return item;
        const { candidateId, version } = item as { candidateId?: unknown; version?: unknown };
        return {
          ...item,
          ...(candidateId === SELECTED ? { candidateId: candidate.id } : {}),
          ...(version === CURRENT ? { version: candidate.version } : {}),
        };
      };
      return (body) => {
        const { items } = body as { items?: unknown };
        return recruiter.post(path, Array.isArray(items) ? { ...(body as object), items: items.map(withCandidate) } : body, newKey());
      };
    },
    valid: () => valid,
    cases,
  };
}

export const BULK_BAD_INPUTS: readonly BadInputEndpoint[] = [
  bulkEndpoint('/candidates/bulk/moves', MOVE, [
    ...itemFlaws(MOVE, true),
    flaw(MOVE, 'toStage missing', 'toStage', { toStage: undefined }),
    flaw(MOVE, 'toStage not a stage', 'toStage', { toStage: 'hired' }),
  ]),
  bulkEndpoint('/candidates/bulk/status', STATUS, [
    ...itemFlaws(STATUS, true),
    flaw(STATUS, 'withdraw (one candidate at a time)', 'action', { action: 'withdraw', reason: 'Other', note: 'Moving abroad.' }),
    flaw(STATUS, 'hire (one candidate at a time)', 'action', { action: 'hire', note: '' }),
    flaw(STATUS, 'reason not in the list', 'reason', { reason: 'Bored' }),
    flaw(STATUS, 'note over 2,000 characters', 'note', { note: long(2001) }),
    flaw(STATUS, '"Other" with an only-whitespace note', 'note', { reason: 'Other', note: ' \n ' }),
    flaw(STATUS, 'an unknown unmet qualification', 'unmetQualifications.0', { unmetQualifications: ['charisma'] }),
  ]),
  bulkEndpoint('/candidates/bulk/notes', NOTE, [...itemFlaws(NOTE, false), ...requiredTextFlaws(NOTE, 'text', 5000)]),
];
