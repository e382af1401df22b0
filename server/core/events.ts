import type { ChangeEventData } from '../../src/domain';

/**
 * A change, as the core announces it. `authorId` lets the visibility rules hold scorecard news back
 * from interviewers who are still blind; it is not sent to clients.
 */
export type ChangeEvent = ChangeEventData & { authorId?: string };

/** An announced change with its position in the stream (the SSE id; Last-Event-ID resumes after it). */
export interface StoredEvent {
  id: string;
  event: ChangeEvent;
}

export interface EventFeed {
  subscribe(listener: (stored: StoredEvent) => void): () => void;
  /** The id of the latest announced event ('0' when none): where a new client starts. */
  latest(): Promise<string>;
  /** Events after `lastId`, or null when they are no longer all known (the client must refetch). */
  since(lastId: string): Promise<StoredEvent[] | null>;
}
