/**
 * The toasts' state lives in `lib/notify.ts` (the write path reports outcomes from there, and `lib` may
 * not import `components`); this module is the toaster's view of it. To tell a person something, call
 * `notify` from `lib/notify.ts`: a toast and its screen-reader announcement in one call.
 */
export {
  clearToasts,
  dismissToast,
  showToast,
  type Toast,
  type ToastAction,
  type ToastTone,
  useToasts,
  useToastStore,
} from '../../lib/notify';
