import type { User } from '../../domain';
import ShortcutsDialog from '../../components/ShortcutsDialog';
import CommandPalette from './CommandPalette';
import type { Opened } from './PaletteLauncher';

/** What the top bar's keys open, in one lazy chunk: the command palette, or the "?" list. */
export default function Overlay({ opened, viewer, boardHref, onClose }: { opened: Opened; viewer: User; boardHref: string; onClose: () => void }) {
  return opened.kind === 'help' ? (
    <ShortcutsDialog onClose={onClose} />
  ) : (
    <CommandPalette viewer={viewer} boardHref={boardHref} returnFocus={opened.from} onClose={onClose} />
  );
}
