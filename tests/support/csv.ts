/** Reads CSV as the export writes it, for tests that check its files (contract suite, browser downloads). */

/** RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const end = text.indexOf('"', i);
        if (end < 0) throw new Error('unterminated quoted field');
        cell += text.slice(i, end);
        if (text[end + 1] === '"') {
          cell += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/[,\r\n]/);
      cell = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i = end < 0 ? text.length : i + end;
    }
    row.push(cell);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}: lines must end with CRLF`);
  }
  if (row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}
