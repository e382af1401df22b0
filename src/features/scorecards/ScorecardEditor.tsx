import { lazy, Suspense, useId, useState } from 'react';
import { FieldError } from '../../components/FieldError';
import { announce } from '../../components/LiveAnnouncer';
import { RecommendationMark } from '../../components/ScorecardMarks';
import {
  type InterviewDetail,
  qualificationById,
  type Scorecard,
  SCORECARD_TEXT_LIMIT,
  type ScorecardContent,
  submissionErrors,
  type User,
} from '../../domain';
import { describeError, isApiError } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/format';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useSubmitScorecard } from './mutations';
import { RatingChoice, RecommendationChoice } from './ChoiceGroup';
import { SaveStatus } from './SaveStatus';
import { formatAgo, useNow } from './time';
import { useScorecardAutosave } from './useScorecardAutosave';

const SubmitDialog = lazy(() => import('./SubmitDialog'));

type FieldErrors = Partial<Record<'recommendation' | 'takeaways' | 'privateNotes', string>>;

function textError(text: string): string | undefined {
  return text.length > SCORECARD_TEXT_LIMIT ? `Keep this under ${SCORECARD_TEXT_LIMIT.toLocaleString('en')} characters (now ${text.length.toLocaleString('en')}).` : undefined;
}

function CharacterCount({ text, id }: { text: string; id: string }) {
  const near = text.length > SCORECARD_TEXT_LIMIT * 0.8;
  if (!near) return null;
  return (
    <span id={id} className={`char-count${text.length > SCORECARD_TEXT_LIMIT ? ' is-over' : ''}`}>
      {text.length.toLocaleString('en')} / {SCORECARD_TEXT_LIMIT.toLocaleString('en')} characters
    </span>
  );
}

function ConflictBanner({ current, onKeepMine, onKeepSaved }: { current: Scorecard; onKeepMine: () => void; onKeepSaved: () => void }) {
  const now = useNow();
  return (
    <section className="conflict-banner" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-banner__title">
        <span aria-hidden="true">⚠ </span>This scorecard was saved in another tab or device
      </h2>
      <p>
        The saved version is from <strong>{formatDateTime(current.updatedAt)}</strong> ({formatAgo(current.updatedAt, now)}). What you
        typed here is kept on this device and has not been saved over it. Choose which to keep:
      </p>
      <details className="conflict-banner__theirs">
        <summary>See the saved version</summary>
        <dl className="conflict-banner__summary">
          <div>
            <dt>Recommendation</dt>
            <dd>
              <RecommendationMark recommendation={current.recommendation} compact />
            </dd>
          </div>
          <div>
            <dt>Key takeaways</dt>
            <dd className="prewrap">{current.takeaways || <span className="muted">(empty)</span>}</dd>
          </div>
          <div>
            <dt>Private notes</dt>
            <dd className="prewrap">{current.privateNotes || <span className="muted">(empty)</span>}</dd>
          </div>
        </dl>
      </details>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={onKeepSaved}>
          Use the saved one
        </button>
      </div>
    </section>
  );
}

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
  const submit = useSubmitScorecard(detail.interview.id, detail.candidate);
  const { keyFor, forget } = useIdempotencyKey();
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

  const ids = {
    recommendation: `${id}-recommendation`,
    takeaways: `${id}-takeaways`,
    takeawaysHint: `${id}-takeaways-hint`,
    takeawaysError: `${id}-takeaways-error`,
    takeawaysCount: `${id}-takeaways-count`,
    notes: `${id}-notes`,
    notesHint: `${id}-notes-hint`,
    notesError: `${id}-notes-error`,
    notesCount: `${id}-notes-count`,
    status: `${id}-status`,
  };

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
    const prepared = await autosave.beginSubmit();
    if (!prepared) {
      setConfirming(false);
      return;
    }
    submit.mutate(
      { content: prepared.content, version: prepared.version, idempotencyKey: keyFor(prepared.content) },
      {
        // Usually not reached: the submitted scorecard replaces this form (see useSubmitScorecard).
        onSuccess: (scorecard) => {
          forget();
          autosave.submitSucceeded(scorecard);
          setConfirming(false);
        },
        onError: (error) => {
          autosave.submitFailed(error);
          if (isApiError(error, 422)) {
            const fields = error.problem.errors ?? {};
            setServerErrors({ recommendation: fields.recommendation?.[0], takeaways: fields.takeaways?.[0] });
            setConfirming(false);
            announce(`Not submitted: ${describeError(error)}`, { assertive: true });
          } else if (isApiError(error, 412) || isApiError(error, 409)) {
            setConfirming(false);
          } else {
            setSubmitError(describeError(error));
          }
        },
      },
    );
  };

  const rated = focus.filter((q) => content.ratings[q]).length;
  const locked = status.kind === 'submitted';

  return (
    <>
      {status.kind === 'conflict' ? <ConflictBanner current={status.current} onKeepMine={autosave.keepMine} onKeepSaved={autosave.keepSaved} /> : null}
      {autosave.restoredAt && status.kind !== 'conflict' ? (
        <p className="notice" role="status">
          <span aria-hidden="true">↺ </span>
          Restored what you typed on this device ({formatDateTime(autosave.restoredAt)}) that hadn’t reached the server{status.kind === 'saved' ? '; it is saved now.' : '; saving it now.'}
        </p>
      ) : null}
      <form
        className="scorecard-form"
        aria-label={`Scorecard for ${detail.candidate.name}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          startSubmit();
        }}
      >
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
            legend={
              <>
                Overall recommendation <span className="required">(required to submit)</span>
              </>
            }
            hint="Would you hire this candidate for this role, based on your interview?"
            value={content.recommendation}
            required
            disabled={locked}
            error={errors.recommendation}
            onChange={(recommendation) => set({ recommendation })}
          />

          <div className="field">
            <label htmlFor={ids.takeaways} className="field__label field__label--large">
              Key takeaways <span className="required">(required to submit)</span>
            </label>
            <p id={ids.takeawaysHint} className="field__hint">
              The evidence behind your ratings: what they did, said and built. Read by the hiring team, and by the other interviewers
              once they have submitted theirs.
            </p>
            <textarea
              id={ids.takeaways}
              className="textarea textarea--tall"
              value={content.takeaways}
              readOnly={locked}
              aria-invalid={errors.takeaways ? true : undefined}
              aria-describedby={[ids.takeawaysHint, errors.takeaways ? ids.takeawaysError : null].filter(Boolean).join(' ')}
              onChange={(event) => set({ takeaways: event.target.value })}
            />
            <div className="field__footer">
              {errors.takeaways ? <FieldError id={ids.takeawaysError} message={errors.takeaways} /> : <span />}
              <CharacterCount text={content.takeaways} id={ids.takeawaysCount} />
            </div>
          </div>

          <div className="field">
            <label htmlFor={ids.notes} className="field__label field__label--large">
              Private notes <span className="optional">(optional)</span>
            </label>
            <p id={ids.notesHint} className="field__hint private-hint">
              <strong>Private:</strong> only you, recruiters and the hiring manager can read these — never other interviewers.
            </p>
            <textarea
              id={ids.notes}
              className="textarea"
              value={content.privateNotes}
              readOnly={locked}
              aria-invalid={errors.privateNotes ? true : undefined}
              aria-describedby={[ids.notesHint, errors.privateNotes ? ids.notesError : null].filter(Boolean).join(' ')}
              onChange={(event) => set({ privateNotes: event.target.value })}
            />
            <div className="field__footer">
              {errors.privateNotes ? <FieldError id={ids.notesError} message={errors.privateNotes} /> : <span />}
              <CharacterCount text={content.privateNotes} id={ids.notesCount} />
            </div>
          </div>
        </section>

        <div className="scorecard-form__footer">
          <SaveStatus id={ids.status} status={status} onRetry={autosave.saveNow} />
          <div className="scorecard-form__submit">
            <p className="muted small">Submitting is final.</p>
            <button type="submit" className="button button--primary" disabled={locked || status.kind === 'conflict' || submit.isPending}>
              Submit scorecard…
            </button>
          </div>
        </div>
      </form>
      {confirming ? (
        <Suspense fallback={null}>
          <SubmitDialog
            candidateName={detail.candidate.name}
            recommendation={content.recommendation}
            rated={rated}
            focusCount={focus.length}
            pending={submit.isPending}
            error={submitError}
            onConfirm={() => void confirmSubmit()}
            onCancel={() => {
              setConfirming(false);
              autosave.submitFailed(null);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
