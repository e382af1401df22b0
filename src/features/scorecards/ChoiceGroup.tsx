import { type ReactNode, useId } from 'react';
import { FieldError } from '../../components/FieldError';
import { controlProps } from '../../components/form/Field';
import { leaningOf, NO_DECISION_GLYPH, RATING_GLYPHS } from '../../components/ScorecardMarks';
import { type Rating, RATING_LABELS, RATINGS, type Recommendation, RECOMMENDATION_LABELS, RECOMMENDATIONS } from '../../domain';

interface ChoiceGroupProps<V extends string> {
  /** Shared by the radios of this group. */
  name: string;
  legend: ReactNode;
  /** Under the legend: what is being judged. */
  hint?: ReactNode;
  options: readonly V[];
  labels: Record<V, string>;
  value: V | null;
  /** The "none" choice (No rating, No decision). */
  noneLabel: string;
  onChange: (value: V | null) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** Id of the first radio, so an error summary or a failed submit can move focus here. */
  firstInputId?: string;
}

/**
 * One choice out of a scale, as native radios (arrow keys move, Tab leaves the group) drawn as a segmented
 * control. Each option shows its glyph and its words, so nothing depends on color.
 */
export function ChoiceGroup<V extends Rating | Recommendation>({
  name,
  legend,
  hint,
  options,
  labels,
  value,
  noneLabel,
  onChange,
  error,
  required = false,
  disabled = false,
  firstInputId,
}: ChoiceGroupProps<V>) {
  const group = controlProps(useId(), { hint: Boolean(hint), error });
  const legendId = `${group.id}-legend`;
  const choices: { value: V | null; label: string; glyph: string; tone: string }[] = [
    ...options.map((option) => ({ value: option, label: labels[option], glyph: RATING_GLYPHS[option], tone: `${leaningOf(option)} choice--${option}` })),
    { value: null, label: noneLabel, glyph: NO_DECISION_GLYPH, tone: 'none' },
  ];
  return (
    <fieldset
      className={`choice-group${error ? ' has-error' : ''}`}
      role="radiogroup"
      aria-labelledby={legendId}
      {...group}
      aria-required={required || undefined}
      disabled={disabled}
    >
      <legend id={legendId} className="choice-group__legend">
        {legend}
      </legend>
      {hint ? (
        <p id={`${group.id}-hint`} className="choice-group__hint">
          {hint}
        </p>
      ) : null}
      <div className="choice-group__options">
        {choices.map((choice, index) => (
          <label key={choice.value ?? 'none'} className={`choice choice--${choice.tone}`}>
            <input
              id={index === 0 ? firstInputId : undefined}
              type="radio"
              name={name}
              value={choice.value ?? ''}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span className="choice__glyph" aria-hidden="true">
              {choice.glyph}
            </span>
            {choice.label}
          </label>
        ))}
      </div>
      <FieldError id={`${group.id}-error`} message={error} />
    </fieldset>
  );
}

export function RatingChoice(props: Omit<ChoiceGroupProps<Rating>, 'options' | 'labels' | 'noneLabel'>) {
  return <ChoiceGroup {...props} options={RATINGS} labels={RATING_LABELS} noneLabel="No rating" />;
}

export function RecommendationChoice(props: Omit<ChoiceGroupProps<Recommendation>, 'options' | 'labels' | 'noneLabel'>) {
  return <ChoiceGroup {...props} options={RECOMMENDATIONS} labels={RECOMMENDATION_LABELS} noneLabel="No decision" />;
}
