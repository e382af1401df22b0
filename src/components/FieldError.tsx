/** A field's message, tied to its control by `id` (the control's `aria-describedby`). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field__error">
      <span aria-hidden="true">! </span>
      {message}
    </p>
  ) : null;
}
