import { lazy, Suspense, useRef, useState } from 'react';

// The legend's content loads when it is first opened: nothing of it is in the board's first load.
const CardLegendDialog = lazy(() => import('./CardLegendDialog'));

/** "Legend": what the marks on a board card mean (qualification strip, scorecard tally, flags). */
export function CardLegendButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span aria-hidden="true" className="legend-glyph">i</span>Legend
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CardLegendDialog onClose={() => setOpen(false)} returnFocusTo={button} />
        </Suspense>
      ) : null}
    </>
  );
}
