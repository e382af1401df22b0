import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CandidateSummary, SOURCE_LABELS } from '../../src/domain';
import { candidateComparator, parseSort } from '../../src/domain/board-filters';
import { selection } from '../../src/lib/selection';
import { API, setupMockApi } from '../support/mock-api';
import { findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

const visible = (): CandidateSummary[] => api.db.visibleSummaries(api.db.user('u-priya')!);
const active = () => visible().filter((c) => c.status === 'active');

async function findGrid() {
  return screen.findByRole('grid', { name: 'Candidates' });
}
/** The data rows in view (the header row is the first row). */
const dataRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-candidate-id'));
const shownNames = () => dataRows().map((row) => within(row).getByRole('link').textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

beforeEach(() => selection.clear());
afterEach(() => selection.clear());

describe('candidates table', () => {
  it('shows a row per active candidate with its columns, and tells assistive technology how many rows there are', async () => {
    renderApp('/candidates');
    const grid = await findGrid();
    expect(grid).toHaveAttribute('aria-rowcount', String(active().length + 1));
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    const first = [...active()].sort(candidateComparator([]))[0]!;
    const row = dataRows()[0]!;
    expect(row).toHaveAttribute('aria-rowindex', '2');
    expect(within(row).getByRole('link', { name: first.name })).toHaveAttribute('href', `/candidates/${first.id}`);
    expect(within(row).getByText(first.headline)).toBeInTheDocument();
    expect(within(row).getByText(first.company)).toBeInTheDocument();
    expect(within(row).getByText(new RegExp(`^Meets ${first.met.length} of 8`))).toBeInTheDocument();
    // Virtualized: only the rows in view are in the DOM.
    expect(dataRows().length).toBeLessThan(active().length);
  });

  it('sorts by a column, reverses on a second click, and adds a second key with Shift+click; the sort is in the URL', async () => {
    const { user, router } = renderApp('/candidates');
    await findGrid();
    await user.click(within(header('Name')).getByRole('button'));
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toContain('sort=name');
    const byName = [...active()].sort(candidateComparator(parseSort('name')));
    expect(shownNames()).toEqual(byName.slice(0, shownNames().length).map((c) => c.name));

    await user.click(within(header('Name')).getByRole('button'));
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(shownNames()[0]).toBe([...active()].sort(candidateComparator(parseSort('-name')))[0]!.name);

    // Stage first, then Shift+click on Source: a second key, said in words (aria-sort stays on the first).
    await user.click(within(header('Stage')).getByRole('button'));
    await user.keyboard('{Shift>}');
    await user.click(within(header('Source')).getByRole('button'));
    await user.keyboard('{/Shift}');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('stage,source'));
    expect(header('Stage')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Source')).not.toHaveAttribute('aria-sort');
    expect(within(header('Source')).getByText(/second sort key, ascending/)).toBeInTheDocument();
    const expected = [...active()].sort(candidateComparator(parseSort('stage,source')));
    expect(shownNames()).toEqual(expected.slice(0, shownNames().length).map((c) => c.name));
  });

  it('reads the board’s filters and status from the URL and shares them with the board both ways', async () => {
    const source = visible().find((c) => c.status === 'rejected')!.source;
    const label = SOURCE_LABELS[source];
    const matching = active().filter((c) => c.source === source);
    const { user, router } = renderApp(`/candidates?source=${source}`);
    const grid = await findGrid();
    expect(grid).toHaveAttribute('aria-rowcount', String(matching.length + 1));
    expect(screen.getByRole('button', { name: new RegExp(`Source: ${label}`) })).toBeInTheDocument();

    const rejected = visible().filter((c) => c.status === 'rejected' && c.source === source);
    await user.click(screen.getByRole('button', { name: /Status: Any/ }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Rejected' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.search).toContain('status=rejected'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', String(rejected.length + 1)));

    // To a candidate and back to the pipeline: the board shows the same filters, and so does the table after it.
    const name = within(dataRows()[0]!).getByRole('link').textContent!;
    await user.click(within(dataRows()[0]!).getByRole('link'));
    await screen.findByRole('heading', { level: 1, name });
    await user.click(screen.getByRole('link', { name: 'Back to pipeline' }));
    await findBoard();
    expect(screen.getByRole('button', { name: new RegExp(`Source: ${label}`) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Status: Rejected/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Candidates' }));
    await findGrid();
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('source')).toBe(source);
    expect(params.get('status')).toBe('rejected');
    expect(screen.getByRole('grid', { name: 'Candidates' })).toHaveAttribute('aria-rowcount', String(rejected.length + 1));
  });

  it('goes from a filtered board to the table with the same filters', async () => {
    const { user, router } = renderApp('/?met=language&q=a');
    await findBoard();
    await user.click(screen.getByRole('link', { name: 'Candidates' }));
    const grid = await findGrid();
    expect(router.state.location.pathname).toBe('/candidates');
    expect(new URLSearchParams(router.state.location.search).get('met')).toBe('language');
    const expected = active().filter((c) => c.met.includes('language') && `${c.name} ${c.headline} ${c.company}`.toLowerCase().includes('a'));
    expect(grid).toHaveAttribute('aria-rowcount', String(expected.length + 1));
  });

  it('selects by keyboard: Space toggles, Shift+↓ extends and Shift+↑ shrinks, Ctrl+A selects only what the filters show, Esc clears', async () => {
    const { user } = renderApp('/candidates?source=referral');
    await findGrid();
    const shownCount = active().filter((c) => c.source === 'referral').length;
    const rows = dataRows();
    await user.click(within(rows[0]!).getAllByRole('gridcell')[2]!);
    expect(rows[0]).toHaveFocus();

    await user.keyboard(' ');
    expect(rows[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(dataRows()[1]).toHaveFocus();
    expect(dataRows()[1]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    expect(dataRows()[3]).toHaveFocus();
    expect(dataRows().slice(0, 4).map((r) => r.getAttribute('aria-selected'))).toEqual(['true', 'true', 'true', 'true']);
    expect(dataRows()[4]).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('button', { name: /Export 4 selected as CSV/ })).toBeInTheDocument();
    // Back up with Shift+↑: the range follows the focus and shrinks; what was selected before it stays.
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(dataRows()[2]).toHaveFocus();
    expect(dataRows().slice(0, 4).map((r) => r.getAttribute('aria-selected'))).toEqual(['true', 'true', 'true', 'false']);

    await user.keyboard('{Control>}a{/Control}');
    expect(screen.getByRole('checkbox', { name: 'Select all shown' })).toBeChecked();
    expect(screen.getByRole('button', { name: `Export ${shownCount} selected as CSV` })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.getByRole('checkbox', { name: 'Select all shown' })).not.toBeChecked();
    expect(dataRows().every((r) => r.getAttribute('aria-selected') === 'false')).toBe(true);
  });

  it('extends a range upwards with Shift+click on a checkbox, keeping what was selected', async () => {
    const { user } = renderApp('/candidates');
    await findGrid();
    await user.click(within(dataRows()[5]!).getByRole('checkbox'));
    await user.keyboard('{Shift>}');
    await user.click(within(dataRows()[2]!).getByRole('checkbox'));
    await user.keyboard('{/Shift}');
    expect(dataRows().map((r) => r.getAttribute('aria-selected')).slice(0, 7)).toEqual(['false', 'false', 'true', 'true', 'true', 'true', 'false']);
  });

  it('opens the focused candidate with Enter', async () => {
    const { user, router } = renderApp('/candidates?sort=-name');
    await findGrid();
    const first = [...active()].sort(candidateComparator(parseSort('-name')))[0]!;
    await user.click(within(dataRows()[0]!).getAllByRole('gridcell')[2]!);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/candidates/${first.id}`));
  });

  describe('export', () => {
    beforeEach(() => {
      URL.createObjectURL = vi.fn(() => 'blob:shortlist-test');
      URL.revokeObjectURL = vi.fn();
    });

    it('requests the view’s filters, sort and selection, and saves the file', async () => {
      const requested: URL[] = [];
      api.server.use(
        http.get(`${API}/candidates/export.csv`, ({ request }) => {
          requested.push(new URL(request.url));
          return new HttpResponse('\uFEFFName\r\n', {
            headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="shortlist-candidates-2026-01-01.csv"' },
          });
        }),
      );
      const { user } = renderApp('/candidates?source=referral&sort=-days');
      await findGrid();
      await user.click(screen.getByRole('button', { name: /Export CSV/ }));
      expect(await notifications().findByText('CSV exported')).toBeInTheDocument();
      // The outcome replaces the progress notice.
      expect(notifications().queryByText(/^Exporting /)).toBeNull();
      expect(requested[0]!.searchParams.get('source')).toBe('referral');
      expect(requested[0]!.searchParams.get('sort')).toBe('-days');
      expect(requested[0]!.searchParams.has('ids')).toBe(false);
      expect(URL.createObjectURL).toHaveBeenCalledTimes(1);

      await user.click(within(dataRows()[1]!).getByRole('checkbox'));
      await user.click(within(dataRows()[0]!).getByRole('checkbox'));
      await user.click(screen.getByRole('button', { name: /Export 2 selected as CSV/ }));
      await waitFor(() => expect(requested).toHaveLength(2));
      const ids = dataRows().slice(0, 2).map((r) => r.dataset.candidateId);
      expect(requested[1]!.searchParams.get('ids')).toBe([ids[1], ids[0]].join(','));
      expect(requested[1]!.searchParams.get('source')).toBe('referral');
    });

    it('says why when the export fails', async () => {
      api.server.use(http.get(`${API}/candidates/export.csv`, () => HttpResponse.json({ type: 'about:blank', title: 'Server unavailable', status: 503 }, { status: 503 })));
      const { user } = renderApp('/candidates');
      await findGrid();
      await user.click(screen.getByRole('button', { name: /Export CSV/ }));
      expect(await notifications().findByText('Could not export the CSV')).toBeInTheDocument();
      expect(notifications().queryByText(/^Exporting /)).toBeNull();
      expect(URL.createObjectURL).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: /Export CSV/ })).toBeEnabled();
    });
  });
});
