import { lazy, Suspense, useState } from 'react';
import type { MenuProps } from './types';

const loadMenuImpl = () => import('./MenuImpl');
const MenuImpl = lazy(loadMenuImpl);

let preloaded: Promise<unknown> | null = null;
/** Fetches the menu implementation ahead of use; the board calls this once it has painted. */
export function preloadMenu(): Promise<unknown> {
  preloaded ??= loadMenuImpl();
  return preloaded;
}

/**
 * A dropdown menu whose implementation arrives in its own chunk, keeping it off the first paint's
 * critical path. Until it has loaded, the trigger is a plain button that opens the menu as soon as it can.
 */
export function Menu(props: MenuProps) {
  // Always controlled (by the caller, or here), so opening before the chunk arrives carries over.
  const [ownOpen, setOwnOpen] = useState(false);
  const open = props.open ?? ownOpen;
  const onOpenChange = (next: boolean) => {
    setOwnOpen(next);
    props.onOpenChange?.(next);
  };
  return (
    <Suspense
      fallback={
        <button
          type="button"
          className={props.triggerClassName}
          aria-label={props.triggerLabel}
          aria-haspopup="menu"
          aria-expanded={false}
          onClick={() => {
            void preloadMenu();
            onOpenChange(true);
          }}
        >
          {props.trigger}
        </button>
      }
    >
      <MenuImpl {...props} open={open} onOpenChange={onOpenChange} />
    </Suspense>
  );
}
