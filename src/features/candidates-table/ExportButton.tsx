import { useState } from 'react';
import type { BoardFilters, SortTerm } from '../../domain/board-filters';
import { apiDownload } from '../../lib/api-download';
import { describeError } from '../../lib/api-errors';
import { pluralize } from '../../lib/format';
import { dismissToast, notify } from '../../lib/notify';
import { selectedIds, useSelectionCount } from '../../lib/selection';
import { saveBlob } from '../../lib/save-file';
import { exportQuery, MAX_EXPORT_IDS } from './export-csv';

interface ExportButtonProps {
  filters: BoardFilters;
  terms: readonly SortTerm[];
  shownCount: number;
  disabled: boolean;
}

/**
 * Exports the view as CSV through the API (the server's or the mock's): the selection if there is one,
 * else everything shown, in the table's order. The file arrives as a blob while the page stays usable.
 */
export function ExportButton({ filters, terms, shownCount, disabled }: ExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const selectedCount = useSelectionCount();
  const count = selectedCount > 0 ? selectedCount : shownCount;

  const run = async () => {
    const selected = [...selectedIds()];
    if (selected.length > MAX_EXPORT_IDS && selected.length < shownCount) {
      notify({
        tone: 'error',
        title: 'Too many selected to export as a selection',
        description: `Select at most ${MAX_EXPORT_IDS.toLocaleString('en')}, or clear the selection and narrow the filters: everything shown is exported then.`,
      });
      return;
    }
    setBusy(true);
    const progress = notify({ tone: 'info', title: `Exporting ${pluralize(count, 'candidate')}…` });
    try {
      const { blob, filename } = await apiDownload(`/candidates/export.csv?${exportQuery(filters, terms, selected, shownCount)}`);
      saveBlob(blob, filename ?? 'shortlist-candidates.csv');
      notify({ tone: 'success', title: 'CSV exported', description: `${pluralize(count, 'candidate')} in ${filename ?? 'the file'}.` });
    } catch (error) {
      notify({ tone: 'error', title: 'Could not export the CSV', description: describeError(error) });
    } finally {
      // The outcome's toast takes the progress toast's place.
      dismissToast(progress);
      setBusy(false);
    }
  };

  return (
    <button type="button" className="button" disabled={disabled || busy || count === 0} aria-busy={busy} onClick={() => void run()}>
      <span aria-hidden="true">⇩ </span>
      {busy ? 'Exporting…' : selectedCount > 0 ? `Export ${selectedCount.toLocaleString('en')} selected as CSV` : 'Export CSV'}
    </button>
  );
}
