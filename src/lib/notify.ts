import { create } from 'zustand';

/**
 * What the app tells a person happened: a toast they can see and an announcement screen readers speak,
 * both from one `notify` call.
 *
 * Why the two stores live here and not in `components/`: the write path (`lib/writes/*`) has to report a
 * write's outcome even when the component that started it is gone (an Undo clicked after navigating
 * away), and `lib` may not import `components`. So the state is here, plain zustand with no React
 * rendering; `components/toast/Toaster.tsx` and `components/LiveAnnouncer.tsx` only render it.
 */

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  /** Shown to assistive technology and in the keyboard hint, e.g. "Ctrl+Z". */
  shortcut?: string;
  run: () => void;
}

/**
 * Writes painted but not answered yet, whose Undo will be offered with Ctrl+Z: Ctrl+Z pressed now marks
 * one `wanted`, and the write runs its Undo as soon as the server confirms instead of offering it.
 */
export const undoSoon = new Set<{ wanted?: boolean }>();

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
  action?: ToastAction;
  /** A second, lesser action shown before it, e.g. "Review them" beside a bulk action's Undo. */
  secondary?: ToastAction;
  /** What it is about (a candidate's id): a later toast about the same subject replaces its earlier error. */
  subject?: string;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

/** How many confirmations show at once; errors are not counted: they stay until dismissed. */
const MAX_CONFIRMATIONS = 3;
let nextToastId = 1;

/**
 * The toasts after `added`: an error about something is replaced by any later toast about the same thing
 * (its retry worked, or failed anew); errors are never pushed out by later toasts; of the rest, the newest
 * few stay.
 */
export function withToast(toasts: readonly Toast[], added: Toast): Toast[] {
  const kept = toasts.filter((t) => !(added.subject !== undefined && t.subject === added.subject && t.tone === 'error'));
  const next = [...kept, added];
  const confirmations = next.filter((t) => t.tone !== 'error');
  const dropped = new Set(confirmations.slice(0, Math.max(0, confirmations.length - MAX_CONFIRMATIONS)).map((t) => t.id));
  return next.filter((t) => !dropped.has(t.id));
}

export const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextToastId++;
    set((state) => ({ toasts: withToast(state.toasts, { ...toast, id }) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  clear: () => set({ toasts: [] }),
}));

export const showToast = (toast: Omit<Toast, 'id'>): number => useToastStore.getState().show(toast);
export const dismissToast = (id: number): void => useToastStore.getState().dismiss(id);
/** Drops every toast, e.g. on persona switch: an Undo must never act as someone else. */
export const clearToasts = (): void => useToastStore.getState().clear();
export const useToasts = (): Toast[] => useToastStore((state) => state.toasts);

interface Announcement {
  id: number;
  message: string;
}

export const useAnnouncerStore = create<{ polite: Announcement | null; assertive: Announcement | null }>(() => ({
  polite: null,
  assertive: null,
}));
let nextAnnouncementId = 1;

/** Tells screen-reader users what just happened, without a toast (feedback on a key press, a refusal). */
export function announce(message: string, { assertive = false }: { assertive?: boolean } = {}): void {
  const announcement = { id: nextAnnouncementId++, message };
  useAnnouncerStore.setState(assertive ? { assertive: announcement } : { polite: announcement });
}

export interface Notice extends Omit<Toast, 'id'> {
  /**
   * What screen readers hear; by default the title and description. `false` when they already heard it
   * (the board announces a move the moment it is painted, before the server confirms it).
   */
  spoken?: string | false;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A toast and its announcement (assertive for errors), in one call. Returns the toast's id. */
export function notify({ spoken, ...toast }: Notice): number {
  const said = spoken ?? [toast.title, toast.description].filter(Boolean).map((part) => sentence(part!)).join(' ');
  if (said) announce(said, { assertive: toast.tone === 'error' });
  return showToast(toast);
}
