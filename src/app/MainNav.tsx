import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The main navigation. Wide top bars show the links in a row; below the width where they fit (a media
 * query in index.css, `.topbar--compact-nav`), a "Menu" button discloses the same links as a list. One set
 * of links serves both, so a link added to the children appears in both forms.
 *
 * A disclosure (a button with aria-expanded and the links after it), not an ARIA menu: Tab walks the
 * links, Escape closes it and puts focus back on the button, leaving it (a click elsewhere, focus moving
 * out, following a link) closes it.
 */
export function MainNav({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  // Open on the page where it was opened: following a link (or any navigation) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  const navRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <nav
      ref={navRef}
      aria-label="Main"
      className={`topbar__nav${open ? ' is-open' : ''}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onClick={(event) => {
        if ((event.target as Element).closest('a')) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost topbar__menu-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="topbar__menu-glyph">☰</span>
        Menu
      </button>
      <div id={listId} className="topbar__links">
        {children}
      </div>
    </nav>
  );
}
