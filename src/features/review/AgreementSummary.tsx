import { type Candidate, qualificationById } from '../../domain';
import { type MatrixColumn, overallAgreement, qualificationAgreement } from './agreement';

/** "Where the interviewers agree": the overall recommendation, then qualifications grouped by verdict. */
export function AgreementSummary({ columns, candidate }: { columns: MatrixColumn[]; candidate: Candidate }) {
  const overall = overallAgreement(columns);
  const agreements = qualificationAgreement(columns);
  const group = (predicate: (a: (typeof agreements)[number]) => boolean) => agreements.filter(predicate);
  const rows: { key: string; glyph: string; title: string; items: typeof agreements; detail: boolean }[] = [
    { key: 'agree-yes', glyph: '✓', title: 'Agree: yes', items: group((a) => (a.verdict === 'agree' || a.verdict === 'single') && a.direction === 'positive'), detail: false },
    { key: 'agree-no', glyph: '✕', title: 'Agree: no', items: group((a) => (a.verdict === 'agree' || a.verdict === 'single') && a.direction === 'negative'), detail: false },
    { key: 'split', glyph: '⇄', title: 'Split', items: group((a) => a.verdict === 'split'), detail: true },
    { key: 'mixed', glyph: '±', title: 'Mixed', items: group((a) => a.verdict === 'leaning' || ((a.verdict === 'agree' || a.verdict === 'single') && a.direction === 'mixed')), detail: true },
    { key: 'none', glyph: '–', title: 'Not assessed', items: group((a) => a.verdict === 'none'), detail: false },
  ];
  return (
    <section className="panel agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title" className="panel__title">
        Where the interviewers agree
      </h2>
      <p className="agreement__overall">
        <span className={`agreement__overall-glyph${overall.hire * 2 > overall.total ? ' is-positive' : overall.hire * 2 < overall.total ? ' is-negative' : ''}`} aria-hidden="true">
          {overall.hire * 2 > overall.total ? '+' : overall.hire * 2 < overall.total ? '−' : '±'}
        </span>
        {overall.sentence}.
      </p>
      <ul className="agreement__list">
        {rows
          .filter((row) => row.items.length > 0)
          .map((row) => (
            <li key={row.key} className={`agreement__item agreement__item--${row.key}`}>
              <span className="agreement__glyph" aria-hidden="true">
                {row.glyph}
              </span>
              <span className="agreement__title">{row.title}:</span>{' '}
              {row.items
                .map((a) => `${qualificationById(a.id).label}${row.detail && a.verdict !== 'single' ? ` (${a.positive} yes, ${a.negative} no${a.mixed ? `, ${a.mixed} mixed` : ''})` : ''}`)
                .join('; ')}
            </li>
          ))}
      </ul>
      <p className="muted small">
        Assessed on the candidate’s page:{' '}
        {Object.values(candidate.assessments).filter((a) => a.status === 'met').length} of 8 qualifications met.
      </p>
    </section>
  );
}
