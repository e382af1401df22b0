/** How long to wait for the next screen (a lazy route, then its data) before giving up on focusing it. */
const WAIT_MS = 10_000;

/**
 * After the palette navigates: focus the new screen's heading once it shows, so reading and Tab start
 * on the new screen. Gives way as soon as focus is placed by anything else (the board returning to the
 * card left, the person tabbing on).
 */
export function focusNewPage(previous: Element | null): void {
  const until = performance.now() + WAIT_MS;
  const check = () => {
    const active = document.activeElement;
    if (active && active !== document.body && active !== previous) return;
    const heading = document.getElementById('main')?.querySelector<HTMLElement>('h1');
    if (heading && heading !== previous) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return;
    }
    if (performance.now() < until) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
