import { useEffect, useId, useRef, useState } from 'react';
import { NoteRequestSchema } from '../../domain';
import { controlProps, Form, FormError } from '../../components/form/Field';
import { announce } from '../../components/LiveAnnouncer';
import { describeError } from '../../lib/api-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useCandidateRequest } from '../../lib/keyboard/candidate-requests';
import { useAddNote } from './api';

/** A plain-text note for the hiring team. Ctrl/Cmd+Enter adds it; a failed post keeps the text. */
export function NoteComposer({ candidateId }: { candidateId: string }) {
  const addNote = useAddNote(candidateId);
  const { keyFor, forget } = useIdempotencyKey();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const control = controlProps(`${useId()}-note`, { hint: true, error: problem ?? undefined });
  // "Add a note" from the command palette: focus the field.
  const field = useRef<HTMLTextAreaElement>(null);
  const [asked, done] = useCandidateRequest(candidateId, 'note');
  useEffect(() => {
    if (!asked) return;
    field.current?.focus();
    done();
  }, [asked, done]);

  const submit = () => {
    if (addNote.isPending) return;
    const parsed = NoteRequestSchema.safeParse({ text });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Check the note.');
      return;
    }
    setProblem(null);
    addNote.mutate(
      { text: parsed.data.text, idempotencyKey: keyFor(parsed.data) },
      {
        onSuccess: () => {
          forget();
          setText('');
          announce('Note added.');
        },
        onError: (error) => {
          setProblem(`Your note was not added: ${describeError(error)} The text is kept; try again.`);
          announce(`Your note was not added: ${describeError(error)}`, { assertive: true });
        },
      },
    );
  };

  return (
    <Form className="note-composer" onSubmit={submit}>
      <label htmlFor={control.id} className="visually-hidden">
        Add a note
      </label>
      <textarea
        {...control}
        ref={field}
        className="textarea"
        rows={2}
        placeholder="Add a note for the hiring team…"
        value={text}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      {problem ? <FormError id={`${control.id}-error`}>{problem}</FormError> : null}
      <div className="note-composer__footer">
        <p id={`${control.id}-hint`} className="field__hint">
          Plain text, visible to everyone on this candidate’s hiring team. Ctrl+Enter adds it.
        </p>
        <button type="submit" className="button button--primary button--small" disabled={addNote.isPending || text.trim() === ''}>
          {addNote.isPending ? 'Adding…' : 'Add note'}
        </button>
      </div>
    </Form>
  );
}
