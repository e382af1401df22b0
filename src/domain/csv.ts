/**
 * CSV, written once for the server's export (and so the in-browser mock's) and the browser's chart
 * downloads, with `csv-stringify` (its synchronous API in its browser build: no Node streams or globals,
 * so the in-browser mock runs it too; the export streams by serializing 500 rows per chunk). RFC 4180: CRLF line ends,
 * fields with a comma, quote or line break (CR or LF alone too) quoted, quotes doubled. Formula injection
 * neutralized: a text cell beginning with = + - @, tab or carriage return gets a leading `'` so no
 * spreadsheet evaluates it.
 */
// The browser build: the Node one reads the `Buffer` global at load, which pages do not have.
import { stringify } from 'csv-stringify/browser/esm/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A byte-order mark, so spreadsheets read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

export type CsvCellValue = string | number;

const neutralize = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** Rows as CSV records, each ending in CRLF. */
export function csvLines(rows: readonly (readonly CsvCellValue[])[]): string {
  if (rows.length === 0) return '';
  return stringify(rows as CsvCellValue[][], { record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { string: neutralize } });
}

export function csvLine(cells: readonly CsvCellValue[]): string {
  return csvLines([cells]);
}

/** One cell as it appears in a record: neutralized, then quoted when RFC 4180 requires it. */
export function csvCell(value: CsvCellValue): string {
  return csvLine([value]).slice(0, -2);
}
