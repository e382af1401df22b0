import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState } from 'react';
import { DialogActions, DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { Field, Form } from '../../components/form/Field';
import { NoteRequestSchema } from '../../domain';

interface BulkNoteDialogProps {
  count: number;
  pending: boolean;
  failed: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}

/** One note, added to each selected candidate's activity, checked with the contract's schema first. */
export function BulkNoteDialog({ count, pending, failed, onCancel, onConfirm }: BulkNoteDialogProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const people = count === 1 ? '1 candidate' : `${count.toLocaleString('en')} candidates`;

  const submit = () => {
    if (pending) return;
    const parsed = NoteRequestSchema.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setError(undefined);
    onConfirm(parsed.data.text);
  };

  return (
    <DialogFrame busy={pending} onCancel={onCancel} aria-describedby={`${id}-description`}>
      <Form className="dialog__form" onSubmit={submit}>
        <DialogHeader title={`Add a note to ${people}`} busy={pending} />
        <Dialog.Description id={`${id}-description`} className="muted">
          The same note goes on each one’s activity, with your name. Ctrl+Enter adds it.
        </Dialog.Description>
        <Field id={`${id}-text`} label="Note" error={error}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={5}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  submit();
                }
              }}
            />
          )}
        </Field>
        {failed && !pending ? <p className="bulk-dialog__kept">Nothing was changed. Your note is kept: add it again to resend the same request.</p> : null}
        <DialogActions label={['Add note', 'Adding…']} busy={pending} tone="button button--primary" />
      </Form>
    </DialogFrame>
  );
}
