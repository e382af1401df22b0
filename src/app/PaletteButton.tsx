import type { User } from '../domain';
import { PaletteLauncher } from '../features/palette/PaletteLauncher';
import { useBoardHref } from './board-return';

/** The command palette's button and keys, composed into the top bar with the board as it was left. */
export function PaletteButton({ viewer }: { viewer: User }) {
  return <PaletteLauncher viewer={viewer} boardHref={useBoardHref()} />;
}
