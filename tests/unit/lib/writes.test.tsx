import { MutationObserver, type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getResponse, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { LiveAnnouncer } from '../../../src/components/LiveAnnouncer';
import { Toaster } from '../../../src/components/toast/Toaster';
import { type Candidate, type CandidateList, type Stage, STAGE_LABELS, type StatusAction } from '../../../src/domain';
import { newIdempotencyKey } from '../../../src/lib/api-client';
import { useToastStore } from '../../../src/lib/notify';
import { boardQueryOptions } from '../../../src/lib/queries/candidate-list';
import { candidateQueryOptions } from '../../../src/lib/queries/candidates';
import { queryKeys } from '../../../src/lib/queries/keys';
import { type MoveWording, useMoveCandidate } from '../../../src/lib/writes/moves';
import { useChangeStatus } from '../../../src/lib/writes/status';
import { changeBehindTheUi, pickCandidate } from '../../support/candidates';
import { API, setupMockApi } from '../../support/mock-api';
import { problems } from '../../support/problems';
import { testQueryClient } from '../../support/render-app';

const api = setupMockApi({ signedInAs: 'u-marcus' });
const MOVES = `${API}/candidates/:id/moves`;
const STATUS = `${API}/candidates/:id/status`;

const WORDING: MoveWording = {
  moved: (name, _from, to) => ({ tone: 'success', title: `Moved ${name} to ${STAGE_LABELS[to]}` }),
  undone: (name, stage) => ({ tone: 'info', title: `Undone: ${name} is back in ${STAGE_LABELS[stage]}` }),
};

function Move({ candidateId, toStage }: { candidateId: string; toStage: Stage }) {
  const { mutate } = useMoveCandidate(WORDING);
  return (
    <button type="button" onClick={() => mutate({ candidateId, toStage, idempotencyKey: newIdempotencyKey() })}>
      Move
    </button>
  );
}

function ChangeStatus({ candidateId, action }: { candidateId: string; action: StatusAction }) {
  const change = useChangeStatus({ undone: (c) => ({ tone: 'info', title: `Undone: ${c.name} is active again` }) });
  return (
    <button type="button" onClick={() => change.mutate({ candidateId, action, idempotencyKey: newIdempotencyKey() })}>
      Change status
    </button>
  );
}

let queryClient: QueryClient;

/**
 * The toaster and the announcer, mounted on their own (as the app's layout keeps them), and the screen that
 * writes, mounted apart so that a test can unmount it while the notifications stay.
 */
function renderWriter(writer: React.ReactNode) {
  render(
    <>
      <Toaster />
      <LiveAnnouncer />
    </>,
  );
  const view = render(<QueryClientProvider client={queryClient}>{writer}</QueryClientProvider>);
  return { ...view, user: userEvent.setup() };
}

const notifications = () => within(screen.getByRole('region', { name: 'Notifications' }));
const listed = (id: string) => queryClient.getQueryData<CandidateList>(queryKeys.candidates.list())?.items.find((c) => c.id === id);
const record = (id: string) => queryClient.getQueryData<Candidate>(queryKeys.candidates.detail(id));

beforeEach(() => {
  useToastStore.setState({ toasts: [] });
  queryClient = testQueryClient();
});

describe('a 412 (someone else changed it first)', () => {
  it('puts the server’s current state in the cache and says so in the shared words (a move)', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'applied');
    await queryClient.fetchQuery(boardQueryOptions());
    const theirs = changeBehindTheUi(api.db, candidate.id, () => ({ stage: 'screen', stageEnteredAt: new Date().toISOString() }));
    const { user } = renderWriter(<Move candidateId={candidate.id} toStage="onsite" />);

    await user.click(screen.getByRole('button', { name: 'Move' }));

    expect(await notifications().findByText(`${candidate.name} was changed by someone else`)).toBeInTheDocument();
    const said = `${candidate.name} was changed by someone else. Your move to Onsite was not applied. This page now shows their latest state (Screen).`;
    expect(screen.getByRole('alert')).toHaveTextContent(said);
    expect(listed(candidate.id)).toMatchObject({ stage: 'screen', version: theirs.version });
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'screen', version: theirs.version });
  });

  it('puts the server’s current record in the cache and says so in the same words (a status change)', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'applied');
    await queryClient.fetchQuery(candidateQueryOptions(candidate.id));
    const theirs = changeBehindTheUi(api.db, candidate.id, () => ({ stage: 'screen', stageEnteredAt: new Date().toISOString() }));
    const { user } = renderWriter(<ChangeStatus candidateId={candidate.id} action={{ action: 'reject', reason: 'Other', note: 'Not now.', unmetQualifications: [] }} />);

    await user.click(screen.getByRole('button', { name: 'Change status' }));

    expect(await notifications().findByText(`${candidate.name} was changed by someone else`)).toBeInTheDocument();
    expect(notifications().getByText(/^Your rejection was not applied\. This page now shows their latest state \(Screen\)\./)).toBeInTheDocument();
    expect(record(candidate.id)).toMatchObject({ stage: 'screen', status: 'active', version: theirs.version });
    expect(api.db.candidate(candidate.id)?.status).toBe('active');
  });
});

describe('a lost answer', () => {
  it('is sent again with the same Idempotency-Key, and the server applies it once', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    await queryClient.fetchQuery(candidateQueryOptions(candidate.id));
    const realHandlers = createHandlers(api.backend, API);
    const sent: { key: string | null; replayed: string | null }[] = [];
    api.server.use(
      http.post(STATUS, async ({ request }) => {
        const response = await getResponse(realHandlers, request);
        sent.push({ key: request.headers.get('Idempotency-Key'), replayed: response?.headers.get('Idempotent-Replayed') ?? null });
        // The first time, the server applies it but the answer never arrives.
        return sent.length === 1 ? HttpResponse.error() : response;
      }),
    );
    const { user } = renderWriter(<ChangeStatus candidateId={candidate.id} action={{ action: 'withdraw', reason: 'Accepted another offer', note: '' }} />);

    await user.click(screen.getByRole('button', { name: 'Change status' }));

    expect(await notifications().findByText(`Marked ${candidate.name} withdrawn: Accepted another offer.`, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent.map((s) => s.replayed)).toEqual([null, 'true']);
    expect(api.db.activityOf(candidate.id).filter((e) => e.type === 'status_changed' && e.actor.id === 'u-marcus')).toHaveLength(1);
    expect(record(candidate.id)).toMatchObject({ status: 'withdrawn', version: candidate.version + 1 });
  });
});

describe('an Undo clicked after the screen that offered it is gone', () => {
  it('still tells a failed undo of a move, in a toast and to screen readers', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'screen');
    await queryClient.fetchQuery(candidateQueryOptions(candidate.id));
    const { user, unmount } = renderWriter(<Move candidateId={candidate.id} toStage="onsite" />);
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await notifications().findByText(`Moved ${candidate.name} to Onsite`)).toBeInTheDocument();
    // The undo is based on the version the move produced, as the cache now holds it.
    expect(record(candidate.id)).toMatchObject({ stage: 'onsite', version: candidate.version + 1 });

    unmount();
    api.server.use(http.post(MOVES, () => problems.serverError()));
    await user.click(notifications().getByRole('button', { name: 'Undo' }));

    expect(await notifications().findByText(`Could not move ${candidate.name} to Screen`)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(`Could not move ${candidate.name} to Screen. The server hit an unexpected error.`));
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'onsite', version: candidate.version + 1 });
  });

  it('still undoes a rejection, and says so', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'onsite');
    await queryClient.fetchQuery(candidateQueryOptions(candidate.id));
    const { user, unmount } = renderWriter(<ChangeStatus candidateId={candidate.id} action={{ action: 'reject', reason: 'Other', note: 'Not now.', unmetQualifications: [] }} />);
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await notifications().findByText(`Rejected ${candidate.name}: Other.`)).toBeInTheDocument();

    unmount();
    await user.click(notifications().getByRole('button', { name: 'Undo' }));

    expect(await notifications().findByText(`Undone: ${candidate.name} is active again`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Undone: ${candidate.name} is active again.`);
    expect(api.db.candidate(candidate.id)).toMatchObject({ status: 'active', version: candidate.version + 2 });
    expect(record(candidate.id)).toMatchObject({ status: 'active', version: candidate.version + 2 });
  });
});

describe('invalidation declared on the write (meta)', () => {
  it('marks the named queries stale once the write settles, success or failure, and nothing else', async () => {
    const mine = queryKeys.scorecards.mine();
    const other = queryKeys.role.stats();
    for (const key of [mine, other]) queryClient.setQueryData(key, []);
    const write = (fail: boolean) =>
      new MutationObserver(queryClient, {
        mutationFn: async () => {
          if (fail) throw new Error('Refused.');
        },
        meta: { invalidates: () => [queryKeys.scorecards.all] },
      }).mutate();

    await write(false);
    expect(queryClient.getQueryState(mine)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(other)?.isInvalidated).toBe(false);

    queryClient.setQueryData(mine, []);
    await expect(write(true)).rejects.toThrow('Refused.');
    expect(queryClient.getQueryState(mine)?.isInvalidated).toBe(true);
  });
});
