import { CSV_BOM, csvLine } from '../domain';
import { saveBlob } from './save-file';

export type CsvValue = string | number;

/** A whole CSV file: BOM, header, rows (RFC 4180, formula injection neutralized; see domain/csv.ts). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}

/** Saves a CSV file built in the browser. */
export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly CsvValue[])[]): void {
  saveBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), filename);
}
