import * as Dialog from '@radix-ui/react-dialog';
import type { RefObject } from 'react';
import { DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { NO_DECISION_GLYPH, RATING_GLYPHS } from '../../components/ScorecardMarks';
import { QUALIFICATIONS, RECOMMENDATION_LABELS, RECOMMENDATIONS } from '../../domain';

/** Strongest first, as the cards show them. */
const ORDER = [...RECOMMENDATIONS].reverse();

/**
 * What a board card's marks mean, drawn with the card's own classes so the legend looks like the card.
 * The marks themselves are hidden from screen readers on the card (they read a sentence instead); here
 * each is followed by its words.
 */
export default function CardLegendDialog({ onClose, returnFocusTo }: { onClose: () => void; returnFocusTo: RefObject<HTMLElement | null> }) {
  return (
    <DialogFrame
      onCancel={onClose}
      className="dialog legend-dialog"
      // Opened without a Radix trigger, so focus is handed back to the Legend button here.
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        returnFocusTo.current?.focus();
      }}
    >
      <DialogHeader title="Card legend" />
      <Dialog.Description className="muted">What the marks on a candidate’s card mean.</Dialog.Description>

      <section aria-labelledby="legend-qualifications" className="legend__section">
        <h3 id="legend-qualifications" className="legend__title">Qualifications</h3>
        <p className="legend__text">
          <span className="coverage__count">3/8</span> how many of the role’s eight qualifications the candidate meets, then one cell
          per qualification, in the role’s order:
        </p>
        <dl className="legend__list">
          <div className="legend__row">
            <dt><span className="coverage__cell coverage__cell--met legend__cell">Exp</span></dt>
            <dd>✓ met</dd>
          </div>
          <div className="legend__row">
            <dt><span className="coverage__cell coverage__cell--partial legend__cell">Exp</span></dt>
            <dd>~ partly met</dd>
          </div>
          <div className="legend__row">
            <dt><span className="coverage__cell coverage__cell--none legend__cell">Exp</span></dt>
            <dd>not met, or not assessed yet</dd>
          </div>
        </dl>
        <p className="legend__text muted">On narrow cards the cells keep only their ✓ and ~ marks, in this order:</p>
        <dl className="legend__abbreviations">
          {QUALIFICATIONS.map((q) => (
            <div key={q.id} className="legend__abbreviation">
              <dt><abbr title={q.label}>{q.short}</abbr></dt>
              <dd>{q.label}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="legend-tally" className="legend__section">
        <h3 id="legend-tally" className="legend__title">Scorecards</h3>
        <p className="legend__text">
          Submitted scorecards by recommendation, then how many are still to come: <span className="tally">++1 +2 · 1 pending</span>
        </p>
        <dl className="legend__list">
          {ORDER.map((r) => (
            <div key={r} className="legend__row">
              <dt><span className="tally legend__glyph">{RATING_GLYPHS[r]}2</span></dt>
              <dd>2 × {RECOMMENDATION_LABELS[r].toLowerCase()}</dd>
            </div>
          ))}
          <div className="legend__row">
            <dt><span className="tally legend__glyph">{NO_DECISION_GLYPH}1</span></dt>
            <dd>1 without a recommendation</dd>
          </div>
          <div className="legend__row">
            <dt><span className="tally legend__glyph">1 pending</span></dt>
            <dd>1 scorecard not submitted yet</dd>
          </div>
        </dl>
        <p className="legend__text muted">No interviews yet: the card shows where the candidate came from (LinkedIn, Referral…).</p>
      </section>

      <section aria-labelledby="legend-flags" className="legend__section">
        <h3 id="legend-flags" className="legend__title">Flags</h3>
        <dl className="legend__list">
          <div className="legend__row">
            <dt><span className="badge badge--decision">◆ Needs decision</span></dt>
            <dd>every onsite scorecard is in: waiting for the hiring manager (on narrow cards, ◆ alone)</dd>
          </div>
          <div className="legend__row">
            <dt><span className="card__days is-stale">⚑ 16 days in stage</span></dt>
            <dd>waiting two weeks or more in this stage</dd>
          </div>
        </dl>
      </section>
    </DialogFrame>
  );
}
