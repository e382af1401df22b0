import { useRef, useState } from 'react';
import { useShortcuts } from '../../lib/keyboard';
import { restoreBoardFocus } from './board-ui-store';

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
  // "/" comes back to the search with its text selected: typing replaces it, Backspace clears it.
  const field = useRef<HTMLInputElement>(null);
  useShortcuts([{ key: '/', description: 'Search candidates', run: () => (field.current?.focus(), field.current?.select()) }]);

  /**
   * Escape leaves the search for the board and keeps the query (the board stays filtered; the browser's
   * own Escape on a search field would clear it): to the first card, then to the card last focused if
   * it is shown (scrolled into view if need be). With no card shown, focus stays in the search.
   */
  const leave = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    restoreBoardFocus();
    document.querySelector<HTMLElement>('.board [data-candidate-id]')?.focus();
  };

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
        ref={field}
        onKeyDown={leave}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
      />
      <kbd className="search-field__kbd" aria-hidden="true">/</kbd>
    </div>
  );
}
