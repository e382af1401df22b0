import { lazy, Suspense, useId, useState } from 'react';
import { Form } from '../../components/form/Field';
import { announce } from '../../components/LiveAnnouncer';
import { type InterviewDetail, qualificationById, type ScorecardContent, submissionErrors, type User } from '../../domain';
import { formatDateTime } from '../../lib/format';
import { RatingChoice, RecommendationChoice } from './ChoiceGroup';
import { ConflictBanner } from './ConflictBanner';
import { SaveStatus } from './SaveStatus';
import { ScorecardTextField, textError } from './ScorecardTextField';
import { useScorecardAutosave } from './useScorecardAutosave';

const SubmitDialog = lazy(() => import('./SubmitDialog'));

const REQUIRED_TO_SUBMIT = <span className="required">(required to submit)</span>;
const OPTIONAL = <span className="optional">(optional)</span>;

type FieldErrors = Partial<Record<'recommendation' | 'takeaways' | 'privateNotes', string>>;

interface ScorecardEditorProps {
  detail: InterviewDetail;
  viewer: User;
}

/**
 * The scorecard as its interviewer writes it: focus qualifications first, then the overall recommendation,
 * key takeaways and private notes. Autosaved as a draft; submitting (after a confirmation) is final.
 */
export function ScorecardEditor({ detail, viewer }: ScorecardEditorProps) {
  const autosave = useScorecardAutosave({ userId: viewer.id, detail });
  const { content, status } = autosave;
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const id = useId();
  const focus = detail.interview.focus;

  const required = attempted ? submissionErrors(content) : {};
  const draftErrors = status.kind === 'failed' ? status.fieldErrors : {};
  const errors: FieldErrors = {
    recommendation: required.recommendation?.[0] ?? serverErrors.recommendation,
    takeaways: textError(content.takeaways) ?? required.takeaways?.[0] ?? serverErrors.takeaways ?? draftErrors.takeaways?.[0],
    privateNotes: textError(content.privateNotes) ?? draftErrors.privateNotes?.[0],
  };

  const set = (patch: Partial<ScorecardContent>) => {
    if (Object.keys(serverErrors).length) setServerErrors({});
    autosave.change((current) => ({ ...current, ...patch }));
  };

  const ids = { recommendation: `${id}-recommendation`, takeaways: `${id}-takeaways`, notes: `${id}-notes`, status: `${id}-status` };

  const startSubmit = () => {
    setAttempted(true);
    const missing = submissionErrors(content);
    const tooLong = textError(content.takeaways) ?? textError(content.privateNotes);
    if (Object.keys(missing).length > 0 || tooLong) {
      const first = missing.recommendation ? ids.recommendation : missing.takeaways || textError(content.takeaways) ? ids.takeaways : ids.notes;
      document.getElementById(first)?.focus();
      const messages = [...(missing.recommendation ?? []), ...(missing.takeaways ?? []), ...(tooLong ? [tooLong] : [])];
      announce(`Not ready to submit. ${messages.join(' ')}`, { assertive: true });
      return;
    }
    setSubmitError(null);
    setConfirming(true);
  };

  const confirmSubmit = async () => {
    setSubmitError(null);
    const outcome = await autosave.submit();
    if (outcome.kind === 'failed') {
      setSubmitError(outcome.message);
      return;
    }
    // Submitted (the read-only view replaces this form), refused, or stopped by a conflict: the page says which.
    setConfirming(false);
    if (outcome.kind === 'invalid') setServerErrors({ recommendation: outcome.fieldErrors.recommendation?.[0], takeaways: outcome.fieldErrors.takeaways?.[0] });
  };

  const rated = focus.filter((q) => content.ratings[q]).length;
  const locked = status.kind === 'submitted';

  return (
    <>
      {status.kind === 'conflict' ? <ConflictBanner current={status.current} onResolve={autosave.resolveConflict} /> : null}
      {autosave.restoredAt && status.kind !== 'conflict' ? (
        <p className="notice" role="status">
          <span aria-hidden="true">↺ </span>
          Restored what you typed on this device ({formatDateTime(autosave.restoredAt)}) that hadn’t reached the server{status.kind === 'saved' ? '; it is saved now.' : '; saving it now.'}
        </p>
      ) : null}
      <Form className="scorecard-form" aria-label={`Scorecard for ${detail.candidate.name}`} onSubmit={startSubmit}>
        <section className="scorecard-section" aria-labelledby={`${id}-focus-title`}>
          <div className="scorecard-section__head">
            <h2 id={`${id}-focus-title`}>Focus qualifications</h2>
            <p className="muted small">
              What this interview was planned to assess. {rated} of {focus.length} rated.
            </p>
          </div>
          <ol className="focus-list">
            {focus.map((qualificationId, index) => {
              const qualification = qualificationById(qualificationId);
              return (
                <li key={qualificationId} className="focus-list__item">
                  <RatingChoice
                    name={`${id}-rating-${qualificationId}`}
                    legend={
                      <>
                        <span className="focus-list__number" aria-hidden="true">
                          {index + 1}
                        </span>
                        {qualification.label}
                      </>
                    }
                    hint={qualification.description}
                    value={content.ratings[qualificationId] ?? null}
                    disabled={locked}
                    onChange={(rating) =>
                      autosave.change((current) => {
                        const ratings = { ...current.ratings };
                        if (rating) ratings[qualificationId] = rating;
                        else delete ratings[qualificationId];
                        return { ...current, ratings };
                      })
                    }
                  />
                </li>
              );
            })}
          </ol>
        </section>

        <section className="scorecard-section" aria-labelledby={`${id}-overall-title`}>
          <div className="scorecard-section__head">
            <h2 id={`${id}-overall-title`}>Overall</h2>
          </div>
          <RecommendationChoice
            name={`${id}-recommendation`}
            firstInputId={ids.recommendation}
            legend={<>Overall recommendation {REQUIRED_TO_SUBMIT}</>}
            hint="Would you hire this candidate for this role, based on your interview?"
            value={content.recommendation}
            required
            disabled={locked}
            error={errors.recommendation}
            onChange={(recommendation) => set({ recommendation })}
          />

          <ScorecardTextField
            id={ids.takeaways}
            label={<>Key takeaways {REQUIRED_TO_SUBMIT}</>}
            hint="The evidence behind your ratings: what they did, said and built. Read by the hiring team, and by the other interviewers once they have submitted theirs."
            value={content.takeaways}
            error={errors.takeaways}
            readOnly={locked}
            tall
            onChange={(takeaways) => set({ takeaways })}
          />
          <ScorecardTextField
            id={ids.notes}
            label={<>Private notes {OPTIONAL}</>}
            hint={
              <>
                <strong>Private:</strong> only you, recruiters and the hiring manager can read these — never other interviewers.
              </>
            }
            hintClassName="field__hint private-hint"
            value={content.privateNotes}
            error={errors.privateNotes}
            readOnly={locked}
            onChange={(privateNotes) => set({ privateNotes })}
          />
        </section>

        <div className="scorecard-form__footer">
          <SaveStatus id={ids.status} status={status} onRetry={autosave.saveNow} />
          <div className="scorecard-form__submit">
            <p className="muted small">Submitting is final.</p>
            <button type="submit" className="button button--primary" disabled={locked || status.kind === 'conflict' || autosave.submitting}>
              Submit scorecard…
            </button>
          </div>
        </div>
      </Form>
      {confirming ? (
        <Suspense fallback={null}>
          <SubmitDialog
            candidateName={detail.candidate.name}
            recommendation={content.recommendation}
            rated={rated}
            focusCount={focus.length}
            pending={autosave.submitting}
            error={submitError}
            onConfirm={() => void confirmSubmit()}
            onCancel={() => setConfirming(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
