import { type FormEvent, type FormHTMLAttributes, type ReactNode, useId } from 'react';
import { FieldError } from '../FieldError';

/**
 * One way to build a form field: the control's `id`, its label, a hint and an error message, tied together
 * with `aria-invalid` and `aria-describedby`. The parts are `${id}-hint` and `${id}-error`, so a form can
 * move focus to a control (or link to it from an error summary) by its id.
 */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface Described {
  error?: string;
  /** Whether the field shows a hint (`${id}-hint`). */
  hint?: boolean;
  /** Other ids that describe the control (a warning, a character count). */
  describedBy?: string;
}

/** The aria wiring of a control (or of a group: a fieldset, a radiogroup): hint, then message, then the rest. */
export function controlProps(id: string, { error, hint, describedBy }: Described = {}): ControlProps {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

interface FieldProps {
  /** The control's id (default: a generated one). */
  id?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  hintClassName?: string;
  /** Hint under the control rather than above it (short hints in a grid, so inputs line up). */
  hintBelow?: boolean;
  error?: string;
  describedBy?: string;
  /** Extra classes of the wrapper, after `field`. */
  className?: string;
  /** Shown on the message's line, at its end (e.g. a character count). */
  aside?: ReactNode;
  /** The control, given its id and aria attributes to spread. */
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, labelClassName = 'field__label', hint, hintClassName = 'field__hint', hintBelow = false, error, describedBy, className, aside, children }: FieldProps) {
  const generated = useId();
  const control = controlProps(id ?? generated, { error, hint: Boolean(hint), describedBy });
  const hintText = hint ? (
    <p id={`${control.id}-hint`} className={hintClassName}>
      {hint}
    </p>
  ) : null;
  const message = <FieldError id={`${control.id}-error`} message={error} />;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={control.id} className={labelClassName}>
        {label}
      </label>
      {hintBelow ? null : hintText}
      {children(control)}
      {hintBelow ? hintText : null}
      {aside === undefined ? (
        message
      ) : (
        <div className="field__footer">
          {error ? message : <span />}
          {aside}
        </div>
      )}
    </div>
  );
}

/** A form checked by the app, not the browser: `noValidate`, and submitting never reloads the page. */
export function Form({ onSubmit, children, ...props }: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & { onSubmit: () => void }) {
  return (
    <form
      noValidate
      {...props}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** Why the form as a whole did not go through (its fields keep their own messages). */
export function FormError({ id, children, glyph = '!' }: { id?: string; children: ReactNode; glyph?: string | null }) {
  return (
    <p id={id} className="form-error" role="alert">
      {glyph ? <span aria-hidden="true">{glyph} </span> : null}
      {children}
    </p>
  );
}
