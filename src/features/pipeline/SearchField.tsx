import { SearchInput } from '../../components/filters/SearchInput';
import { restoreBoardFocus } from './board-ui-store';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The board's search (the shared SearchInput). Escape leaves it for the board and keeps the query (the
 * board stays filtered): to the first card, then to the card last focused if it is shown (scrolled into
 * view if need be). With no card shown, focus stays in the search.
 */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const leave = () => {
    restoreBoardFocus();
    document.querySelector<HTMLElement>('.board [data-candidate-id]')?.focus();
  };
  return <SearchInput id="board-search" value={value} onChange={onChange} onEscape={leave} />;
}
