/**
 * CSV quoting, written once for the server's export and the browser's chart downloads: RFC 4180 (CRLF line
 * ends, fields with a comma, quote or line break quoted, quotes doubled) and formula injection neutralized:
 * a text cell beginning with = + - @, tab or carriage return gets a leading `'` so no spreadsheet evaluates it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A byte-order mark, so spreadsheets read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** One cell: neutralized against formula injection, then quoted when RFC 4180 requires it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
