import { useState } from 'react';
import { useShortcuts } from '../../lib/keyboard';

interface SearchInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Escape in the field: leave it for the view (the query stays; the browser's own Escape would clear it). */
  onEscape?: () => void;
}

/**
 * A view's search over name, title and company. The text typed is held here and pushed to the URL on
 * every keystroke; the URL stays the source of truth, so back/forward or a shared link update it too.
 * "/" comes back to it with its text selected.
 */
export function SearchInput({ id, value, onChange, onEscape }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft) setDraft(value);
  }
  useShortcuts([
    {
      key: '/',
      description: 'Search candidates',
      run: () => {
        const field = document.getElementById(id) as HTMLInputElement | null;
        field?.focus();
        field?.select();
      },
    },
  ]);

  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">
        Search candidates
      </label>
      <span className="search-field__icon" aria-hidden="true">⌕</span>
      <input
        id={id}
        type="search"
        className="input search-field__input"
        placeholder="Search name, title or company"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        value={draft}
        onKeyDown={(event) => {
          if (!onEscape || event.key !== 'Escape' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          onEscape();
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
      />
      <kbd className="search-field__kbd" aria-hidden="true">/</kbd>
    </div>
  );
}
