import type { ReactNode } from 'react';
import { Field } from '../../components/form/Field';
import { SCORECARD_TEXT_LIMIT } from '../../domain';

/** The message of a text over the limit (checked as it is typed, before the server would refuse it). */
export function textError(text: string): string | undefined {
  return text.length > SCORECARD_TEXT_LIMIT ? `Keep this under ${SCORECARD_TEXT_LIMIT.toLocaleString('en')} characters (now ${text.length.toLocaleString('en')}).` : undefined;
}

function CharacterCount({ text, id }: { text: string; id: string }) {
  if (text.length <= SCORECARD_TEXT_LIMIT * 0.8) return null;
  return (
    <span id={id} className={`char-count${text.length > SCORECARD_TEXT_LIMIT ? ' is-over' : ''}`}>
      {text.length.toLocaleString('en')} / {SCORECARD_TEXT_LIMIT.toLocaleString('en')} characters
    </span>
  );
}

interface ScorecardTextFieldProps {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  hintClassName?: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  tall?: boolean;
  onChange: (value: string) => void;
}

/** Key takeaways or private notes: a large label, a hint, the text, its message and, near the limit, a count. */
export function ScorecardTextField({ id, label, hint, hintClassName, value, error, readOnly, tall = false, onChange }: ScorecardTextFieldProps) {
  return (
    <Field
      id={id}
      label={label}
      labelClassName="field__label field__label--large"
      hint={hint}
      hintClassName={hintClassName}
      error={error}
      aside={<CharacterCount text={value} id={`${id}-count`} />}
    >
      {(control) => (
        <textarea
          {...control}
          className={tall ? 'textarea textarea--tall' : 'textarea'}
          value={value}
          readOnly={readOnly}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
