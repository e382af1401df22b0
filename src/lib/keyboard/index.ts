export { listShortcuts, useShortcuts } from './registry';
export { type KeyboardOwner, type KeyPress, keyboardOwner, resolveShortcut, type Shortcut } from './shortcuts';
export { onOverlayRequest, openOverlay, type OverlayKind } from './overlay-requests';
