import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Insights, STAGE_LABELS } from '../../src/domain';
import { setupMockApi } from '../support/mock-api';
import { findBoard, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

/** The insights answers the app received, as the mock API sent them, newest last. */
let answers: { url: URL; body: Insights }[] = [];
let requests: URL[] = [];

beforeEach(() => {
  answers = [];
  requests = [];
  // jsdom has no canvas: the charts step aside and the tables carry the numbers.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  api.server.events.removeAllListeners();
  api.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/insights')) requests.push(url);
  });
  api.server.events.on('response:mocked', async ({ request, response }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/insights') && response.ok) answers.push({ url, body: (await response.clone().json()) as Insights });
  });
});

async function openInsights(url = '/insights') {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Insights' });
  await waitFor(() => expect(answers.length).toBeGreaterThan(0));
  return view;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('insights', () => {
  it('is in the navigation of recruiters and shows the funnel the API computed', async () => {
    const { user, router } = renderApp('/');
    await findBoard();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Insights' }));
    await screen.findByRole('heading', { level: 1, name: 'Insights' });
    expect(router.state.location.pathname).toBe('/insights');
    await waitFor(() => expect(answers.length).toBeGreaterThan(0));
    const insights = answers.at(-1)!.body;

    const funnel = section('Funnel');
    await user.click(within(funnel).getByRole('button', { name: 'Show as table' }));
    const table = within(funnel).getByRole('table', { name: 'Candidates who reached each stage' });
    for (const step of insights.funnel) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${STAGE_LABELS[step.stage]}\\b`) });
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(String(step.reached));
    }
    // The definitions are shown, not folded away.
    expect(within(funnel).getByText(insights.definitions.reached)).toBeVisible();
    expect(within(funnel).getByText(insights.definitions.conversion)).toBeVisible();
    expect(insights.funnel[0]!.reached).toBeGreaterThan(0);
  });

  it('shows time in stage with its formula and the count behind each figure, and sources', async () => {
    await openInsights();
    const insights = answers.at(-1)!.body;
    const time = section('Time in stage');
    expect(within(time).getByText(insights.definitions.timeInStage)).toBeVisible();
    for (const row of insights.timeInStage) {
      expect(within(time).getByText(`${STAGE_LABELS[row.stage]}: n = ${row.completed} completed, ${row.stillIn} still in stage`)).toBeInTheDocument();
    }
    const sources = section('Sources');
    expect(within(sources).getByText(insights.definitions.sources)).toBeVisible();
    // Every chart has its table alternative and a CSV download.
    for (const name of ['Funnel', 'Time in stage', 'Sources']) {
      expect(within(section(name)).getByRole('button', { name: 'Show as table' })).toBeInTheDocument();
      expect(within(section(name)).getByRole('button', { name: /^Download CSV/ })).toBeInTheDocument();
    }
  });

  it('keeps the period in the URL and asks the API for it', async () => {
    const { user, router } = await openInsights();
    expect(requests.at(-1)!.searchParams.get('period')).toBe('all');
    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=30d'));
    await waitFor(() => expect(answers.at(-1)!.url.searchParams.get('period')).toBe('30d'));
    expect(screen.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
    await screen.findByText(/^Since /);
  });

  it('opens with the period and heatmap stage from the URL', async () => {
    await openInsights('/insights?period=90d&stage=onsite');
    expect(requests.at(-1)!.searchParams.get('period')).toBe('90d');
    expect(requests.at(-1)!.searchParams.get('stage')).toBe('onsite');
    expect(screen.getByRole('radio', { name: 'Last 90 days' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('onsite');
  });

  it('downloads a chart as CSV through a Blob URL', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:insights';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await openInsights();
    const insights = answers.at(-1)!.body;
    await user.click(within(section('Funnel')).getByRole('button', { name: /^Download CSV/ }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1)); // the CSV writer loads with the first download
    expect(click.mock.contexts[0]).toHaveProperty('download', 'funnel-all.csv');
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFStage,Reached,Reached next,To next (%)');
    expect(lines[1]).toMatch(new RegExp(`^Applied,${insights.funnel[0]!.reached},`));
  });

  it('lets the heatmap be walked with the keyboard and opens a candidate from its row', async () => {
    const { user, router } = await openInsights();
    const insights = answers.at(-1)!.body;
    const grid = screen.getByRole('grid', { name: 'Qualification heatmap' });
    const first = insights.heatmap.rows[0]!;
    const firstLink = within(grid).getByRole('link', { name: first.name });
    expect(firstLink).toHaveAttribute('tabindex', '0');
    firstLink.focus();
    await user.keyboard('{ArrowRight}');
    const row = within(grid).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('gridcell')[0]).toHaveFocus();
    expect(within(row).getAllByRole('gridcell')[0]).toHaveAttribute('tabindex', '0');
    expect(firstLink).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    const last = within(row).getAllByRole('gridcell').at(-1)!;
    expect(last).toHaveFocus();
    expect(last.textContent).toMatch(/^(✓ Met|~ Partly|✗ Not met|\? Unknown)$/);
    await user.keyboard('{ArrowDown}{Home}');
    const second = insights.heatmap.rows[1]!;
    expect(within(grid).getByRole('link', { name: second.name })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(firstLink).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/candidates/${first.candidateId}`));
  });

  it('filters the heatmap by stage through the URL', async () => {
    const { user, router } = await openInsights();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'screen');
    await waitFor(() => expect(router.state.location.search).toBe('?stage=screen'));
    await waitFor(() => expect(answers.at(-1)!.url.searchParams.get('stage')).toBe('screen'));
    const rows = answers.at(-1)!.body.heatmap.rows;
    expect(rows.every((row) => row.stage === 'screen')).toBe(true);
    const grid = await screen.findByRole('grid', { name: 'Qualification heatmap' });
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(rows.length + 1));
  });

  it('gives interviewers no link and a clear page instead of the numbers', async () => {
    api.signIn('u-dana');
    renderApp('/');
    await findBoard();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Insights' })).toBeNull();
  });

  it('tells an interviewer who opens /insights that it is not available', async () => {
    api.signIn('u-dana');
    renderApp('/insights');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Insights are not available to you' });
    expect(heading.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByRole('grid')).toBeNull();
  });
});
