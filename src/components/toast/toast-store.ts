import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  /** Shown to assistive technology and in the keyboard hint, e.g. "Ctrl+Z". */
  shortcut?: string;
  run: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

const MAX_VISIBLE = 3;
let nextId = 1;

export const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }].slice(-MAX_VISIBLE) }));
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
