import type { ReactNode } from 'react';

/** Menus render into an element with this id inside <main>, so their content stays within a landmark. */
export const MENU_LAYER_ID = 'menu-layer';

/** A menu described as data, so callers never import the menu implementation (it loads lazily). */
export type MenuEntry =
  | { kind: 'label'; key: string; text: ReactNode; small?: boolean }
  | { kind: 'separator'; key: string }
  | {
      kind: 'item';
      key: string;
      label: ReactNode;
      /** Shown under the label, e.g. why the item is disabled. */
      detail?: ReactNode;
      /** Shown at the end, e.g. a keyboard shortcut. */
      end?: ReactNode;
      disabled?: boolean;
      onSelect: () => void;
    }
  | { kind: 'checkbox'; key: string; label: ReactNode; checked: boolean; onCheckedChange: (checked: boolean) => void }
  /** One choice out of several (menuitemradio); choosing closes the menu. */
  | {
      kind: 'radio-group';
      key: string;
      value: string;
      options: readonly { value: string; label: ReactNode }[];
      onValueChange: (value: string) => void;
    };

export interface MenuProps {
  /** Visible content of the trigger button. */
  trigger: ReactNode;
  triggerClassName?: string;
  /** Accessible name of the trigger, when its visible content is not enough. */
  triggerLabel?: string;
  triggerShortcut?: string;
  entries: readonly MenuEntry[];
  align?: 'start' | 'end';
  /** Controlled open state (optional): lets a keyboard shortcut open the menu. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Keep focus where the caller puts it after an item is chosen, instead of returning to the trigger. */
  releaseFocusOnSelect?: boolean;
  /** Where focus returns when the menu closes without a choice (Escape), instead of its trigger. */
  returnFocusTo?: { readonly current: HTMLElement | null };
}
