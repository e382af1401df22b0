import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/now';
import { formatAgo } from './time';
import type { SaveStatus as Status } from './autosave-state';

interface SaveStatusProps {
  status: Status;
  onRetry: () => void;
  id?: string;
}

function describe(status: Status, now: number): { glyph: string; text: string; tone: 'quiet' | 'ok' | 'busy' | 'warn' | 'error'; title?: string } {
  switch (status.kind) {
    case 'new':
      return { glyph: '○', text: 'Saves automatically as you type', tone: 'quiet' };
    case 'pending':
    case 'saving':
      return { glyph: '↻', text: 'Saving…', tone: 'busy' };
    case 'saved':
      return { glyph: '✓', text: `Saved ${formatAgo(status.at, now)}`, tone: 'ok', title: `Saved ${formatDateTime(status.at)}` };
    case 'retrying':
      return status.offline
        ? { glyph: '⚠', text: 'Offline: kept on this device', tone: 'warn', title: status.message }
        : { glyph: '!', text: 'Not saved — retrying', tone: 'error', title: status.message };
    case 'failed':
      return { glyph: '!', text: `Not saved: ${status.message}`, tone: 'error' };
    case 'conflict':
      return { glyph: '!', text: 'Not saved: changed in another tab', tone: 'error' };
    case 'submitted':
      return { glyph: '✓', text: 'Submitted', tone: 'ok' };
  }
}

/**
 * Where the draft is: on its way, saved (and how long ago), or kept on this device while the server can't
 * be reached. Not a live region (it changes with every pause in typing); failures are announced once.
 */
export function SaveStatus({ status, onRetry, id }: SaveStatusProps) {
  const now = useNow(status.kind === 'saved' ? 15_000 : 60_000);
  const { glyph, text, tone, title } = describe(status, now);
  return (
    <p id={id} className={`save-status save-status--${tone}`} title={title} data-testid="save-status">
      <span className="save-status__glyph" aria-hidden="true">
        {glyph}
      </span>
      <span className="save-status__text">{text}</span>
      {status.kind === 'retrying' || status.kind === 'failed' ? (
        <>
          <span className="save-status__kept">{status.kind === 'failed' ? ' Kept on this device.' : null}</span>
          <button type="button" className="button button--small save-status__retry" onClick={onRetry}>
            Retry now
          </button>
        </>
      ) : null}
    </p>
  );
}
