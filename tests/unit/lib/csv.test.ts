import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/domain';
import { toCsv } from '../../../src/lib/csv';

describe('CSV for chart downloads', () => {
  it('starts with a BOM, ends lines with CRLF and keeps numbers as they are', () => {
    expect(toCsv(['Stage', 'Reached'], [['Applied', 60], ['Screen', 0.5]])).toBe('\uFEFFStage,Reached\r\nApplied,60\r\nScreen,0.5\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralizes text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell(-3)).toBe('-3');
    expect(toCsv(['Name'], [['=HYPERLINK("x")']])).toBe('\uFEFFName\r\n"\'=HYPERLINK(""x"")"\r\n');
  });

  it('writes only a header when there are no rows', () => {
    expect(toCsv(['A', 'B'], [])).toBe('\uFEFFA,B\r\n');
  });
});
