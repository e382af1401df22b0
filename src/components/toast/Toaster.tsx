import { useEffect } from 'react';
import { useShortcuts } from '../../lib/keyboard';
import { undoSoon } from '../../lib/notify';
import { dismissToast, type Toast, useToastStore, useToasts } from './toast-store';

const AUTO_DISMISS_MS = 8000;

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    // Errors stay until dismissed: they describe something the person has to know.
    if (toast.tone === 'error') return;
    const timer = setTimeout(() => dismissToast(toast.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [toast.id, toast.tone]);

  return (
    <li className={`toast toast--${toast.tone}`} data-testid="toast">
      <span className="toast__icon" aria-hidden="true">
        {toast.tone === 'error' ? '!' : toast.tone === 'success' ? '✓' : 'i'}
      </span>
      <div className="toast__body">
        <p className="toast__title">{toast.title}</p>
        {toast.description ? <p className="toast__description">{toast.description}</p> : null}
      </div>
      {toast.secondary ? (
        <button
          type="button"
          className="button button--small"
          // The toast stays: its Undo is still on offer.
          onClick={() => toast.secondary?.run()}
        >
          {toast.secondary.label}
        </button>
      ) : null}
      {toast.action ? (
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts={toast.action.shortcut === 'Ctrl+Z' ? 'Control+Z Meta+Z' : undefined}
          onClick={() => {
            // Focus goes to what the toast is about when it is on screen (a board card, which keeps it
            // as the Undo moves it back), not to the page once this button is gone. (Ids are "c00042".)
            const subject = document.querySelector<HTMLElement>(`[data-candidate-id="${toast.subject}"]`);
            dismissToast(toast.id);
            toast.action?.run();
            subject?.focus();
          }}
        >
          {toast.action.label}
          {toast.action.shortcut ? <kbd className="toast__kbd">{toast.action.shortcut}</kbd> : null}
        </button>
      ) : null}
      <button type="button" className="icon-button" aria-label={`Dismiss: ${toast.title}`} onClick={() => dismissToast(toast.id)}>
        ×
      </button>
    </li>
  );
}

/** The newest notification whose action answers Ctrl+Z (a move's Undo). */
const latestUndo = () => useToastStore.getState().toasts.findLast((t) => t.action?.shortcut === 'Ctrl+Z');
/** The newest write whose Undo is not offered yet (newer than any toast): Ctrl+Z asks for it in advance. */
const earlyUndo = () => [...undoSoon].findLast((intent) => !intent.wanted);

/**
 * Visible notifications. Screen readers hear the same news through the live announcer, so this
 * region is not itself live (that would read everything twice).
 */
export function Toaster() {
  const toasts = useToasts();
  useShortcuts([
    {
      key: 'z',
      mod: true,
      everywhere: true,
      description: 'Undo the last change',
      when: () => !!(earlyUndo() ?? latestUndo()),
      run: () => {
        const early = earlyUndo();
        if (early) {
          early.wanted = true;
          return;
        }
        const latest = latestUndo();
        if (!latest) return;
        dismissToast(latest.id);
        latest.action?.run();
      },
    },
  ]);

  return (
    <section className="toaster" aria-label="Notifications">
      <ol className="toaster__list">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ol>
    </section>
  );
}
