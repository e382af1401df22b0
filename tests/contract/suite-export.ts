/** The CSV export: RFC 4180, UTF-8 with a BOM, only what the caller may see, formula injection neutralized. */
import { describe, expect, it } from 'vitest';
import { CandidateListSchema, CandidateSchema, type CandidateSummary, SOURCE_LABELS } from '../../src/domain';
import { anonymous, type ApiClient, newKey, okBody, problemOf, read } from './client';
import { blindInterview, newCandidateDraft, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';
import { parseCsv } from '../support/csv';

interface CsvFile {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** Decoded without the BOM. */
  text: string;
  rows: string[][];
}


async function exportCsv(client: ApiClient, query = ''): Promise<CsvFile> {
  const headers = new Headers({ Origin: client.origin });
  if (client.cookieHeader) headers.set('Cookie', client.cookieHeader);
  const response = await fetch(`${client.baseUrl}/candidates/export.csv${query}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // `ignoreBOM` keeps the BOM in the text, so the test sees it is there, then drops it.
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  return { status: response.status, headers: response.headers, bytes, text, rows: response.ok ? parseCsv(text) : [] };
}

const column = (file: CsvFile, name: string) => {
  const index = file.rows[0]!.indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return file.rows.slice(1).map((row) => row[index]!);
};

export function defineExportSuite(getTarget: () => ContractTarget): void {
  describe('CSV export', () => {
    it('is RFC 4180 CSV in UTF-8 with a BOM, an attachment, with contact details for the hiring team', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const file = await exportCsv(recruiter, '?closed=1');
      expect(file.status).toBe(200);
      expect(file.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('Content-Disposition')).toMatch(/^attachment; filename="shortlist-candidates-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.text.endsWith('\r\n')).toBe(true);
      expect(file.rows[0]).toEqual([
        'Name', 'Current title', 'Company', 'Stage', 'Status', 'Days in stage', 'Source', 'Qualifications met', 'Which qualifications', 'Scorecards', 'Last activity', 'Email', 'Phone',
      ]);
      const { items } = await read(recruiter, '/candidates', CandidateListSchema);
      expect(file.rows).toHaveLength(items.length + 1);
      const emails = column(file, 'Email');
      expect(emails.every((e) => /@/.test(e))).toBe(true);
      const first = okBody(await recruiter.get(`/candidates/${items[0]!.id}`), CandidateSchema);
      expect(emails).toContain(first.email);
    });

    it('neutralizes formulas and doubles quotes', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const draft = { ...newCandidateDraft(), name: '=HYPERLINK("http://x","y")', headline: '@SUM(1+1)', company: 'Quote "Co", Ltd' };
      okBody(await recruiter.post('/candidates', draft, newKey()), CandidateSchema, 201);
      const file = await exportCsv(recruiter, '?q=hyperlink');
      expect(file.text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
      const row = file.rows.find((r) => r[0]!.includes('HYPERLINK'))!;
      expect(row.slice(0, 3)).toEqual([`'=HYPERLINK("http://x","y")`, `'@SUM(1+1)`, 'Quote "Co", Ltd']);
      expect(file.rows.slice(1).every((r) => !/^[=+\-@\t\r]/.test(r.join('')))).toBe(true);
    });

    it('gives an interviewer only their candidates, without email or phone', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const interview = blindInterview(facts);
      const interviewer = await target.signIn(interview.interviewerId as PersonaId);
      const file = await exportCsv(interviewer, '?closed=1');
      expect(file.status).toBe(200);
      expect(file.rows[0]).not.toContain('Email');
      expect(file.rows[0]).not.toContain('Phone');
      expect(file.rows.every((r) => r.length === 11)).toBe(true);
      expect(file.text).not.toMatch(/@/);
      const visible = (await read(interviewer, '/candidates', CandidateListSchema)).items;
      expect(column(file, 'Name').sort()).toEqual(visible.map((c) => c.name).sort());
      expect(visible.length).toBeLessThan(facts.candidates.length);
      // Blind: no tally for the candidate whose scorecard they still owe.
      const own = visible.find((c) => c.id === interview.candidateId)!;
      expect(file.rows.find((r) => r[0] === own.name)![9]).toBe('');
    });

    it('applies the board’s filters, the sort and the selection', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const all = (await read(recruiter, '/candidates', CandidateListSchema)).items;
      const active = all.filter((c) => c.status === 'active');
      const byDefault = await exportCsv(recruiter);
      expect(byDefault.rows).toHaveLength(active.length + 1);

      const source = active[0]!.source;
      const bySource = await exportCsv(recruiter, `?source=${source}&sort=-name`);
      expect(column(bySource, 'Source').every((s) => s === SOURCE_LABELS[source])).toBe(true);
      expect(bySource.rows).toHaveLength(active.filter((c) => c.source === source).length + 1);
      const names = column(bySource, 'Name');
      expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true })));

      const byDays = await exportCsv(recruiter, '?sort=-days');
      const days = column(byDays, 'Days in stage').map(Number);
      expect(days).toEqual([...days].sort((a, b) => b - a));

      const minMet = await exportCsv(recruiter, '?minMet=3&closed=1');
      expect(column(minMet, 'Qualifications met').every((n) => Number(n) >= 3)).toBe(true);
      expect(minMet.rows).toHaveLength(all.filter((c: CandidateSummary) => c.met.length >= 3).length + 1);

      // A status filter decides alone which statuses are in, whether or not closed ones are shown.
      const rejected = await exportCsv(recruiter, '?status=rejected,withdrawn');
      expect(rejected.rows).toHaveLength(all.filter((c) => c.status === 'rejected' || c.status === 'withdrawn').length + 1);
      expect(new Set(column(rejected, 'Status'))).toEqual(new Set(['Rejected', 'Withdrawn']));

      // Last activity: the list's, as ISO 8601; sorted newest first by `-activity`.
      const byActivity = await exportCsv(recruiter, '?sort=-activity');
      const activity = column(byActivity, 'Last activity');
      expect(activity).toEqual([...activity].sort((a, b) => Date.parse(b) - Date.parse(a)));
      expect(new Set(activity)).toEqual(new Set(active.map((c) => c.lastActivityAt ?? '')));

      const chosen = active.slice(0, 3);
      const selection = await exportCsv(recruiter, `?ids=${chosen.map((c) => c.id).join(',')}&sort=name`);
      expect(column(selection, 'Name')).toEqual(chosen.map((c) => c.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    });

    it('answers 401 without a session', async () => {
      problemOf(await anonymous(getTarget()).get('/candidates/export.csv'), 401);
    });
  });
}
