import type { User } from '../../domain';
import ShortcutsDialog from '../../components/ShortcutsDialog';
import CommandPalette from './CommandPalette';
import type { Opened } from './PaletteLauncher';

/** What the top bar's keys open, in one lazy chunk: the command palette, the "?" list, or nothing (closed). */
export default function Overlay({ opened, viewer, boardHref, onClose }: { opened: Opened | null; viewer: User; boardHref: string; onClose: () => void }) {
  if (!opened) return null;
  return opened.kind === 'help' ? (
    <ShortcutsDialog onClose={onClose} returnFocus={opened.from} />
  ) : (
    <CommandPalette viewer={viewer} boardHref={boardHref} returnFocus={opened.from} onClose={onClose} />
  );
}
