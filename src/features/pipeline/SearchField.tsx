import { useState } from 'react';
import { useShortcuts } from '../../lib/keyboard';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The text typed is held here and pushed to the URL on every keystroke; the URL stays the source of
 * truth, so back/forward or a shared link update the field too.
 */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft) setDraft(value);
  }
  useShortcuts([{ key: '/', description: 'Search candidates', run: () => document.getElementById('board-search')?.focus() }]);

  return (
    <div className="search-field">
      <label htmlFor="board-search" className="visually-hidden">
        Search candidates
      </label>
      <span className="search-field__icon" aria-hidden="true">⌕</span>
      <input
        id="board-search"
        type="search"
        className="input search-field__input"
        placeholder="Search name, title or company"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
      />
      <kbd className="search-field__kbd" aria-hidden="true">/</kbd>
    </div>
  );
}
