import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, use, useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LiveAnnouncer } from '../components/LiveAnnouncer';
import { MENU_LAYER_ID } from '../components/menu';
import { Toaster } from '../components/toast/Toaster';
import { DevPanel } from '../features/devtools';
// Nav links straight from their modules, not the features' index: the pages stay in their lazy chunks.
import { ReviewNavLink } from '../features/review/ReviewNavLink';
import { MyInterviewsNavLink } from '../features/scorecards/MyInterviewsNavLink';
import { PersonaSwitcher } from '../features/session/PersonaSwitcher';
import { describeError } from '../lib/api-errors';
import { sessionQueryOptions } from '../lib/queries/session';
import { LiveUpdatesNotice } from './LiveUpdatesNotice';
import { ScreenErrorBoundary } from './routes/RouteError';
import { BootNoticeContext } from './boot-notice';
import { CandidatesNavLink } from './CandidatesNavLink';
import { MainNav } from './MainNav';
import { PaletteButton } from './PaletteButton';

// Out of the first load: a signed-in visit (the usual one) never shows the sign-in screen.
const SignInScreen = lazy(() => import('../features/session/SignInScreen').then((m) => ({ default: m.SignInScreen })));

function BootNotice() {
  const notice = use(BootNoticeContext);
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
  return (
    <div className="banner" role="status">
      <span>{notice}</span>
      <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

function MockControlsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⚙ </span>Mock API
      </button>
      {open ? (
        <Suspense fallback={null}>
          <DevPanel open={open} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}

/** While someone is signed in, changes made by anyone reach this page without a reload. */
function useLiveUpdates(viewerId: string | null) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (viewerId === null) return undefined;
    // Loaded once someone is signed in, after the first paint: live updates are not needed to show the board.
    let disconnect: (() => void) | null = null;
    let cancelled = false;
    void import('../lib/live-updates').then(({ connectLiveUpdates }) => {
      if (!cancelled) disconnect = connectLiveUpdates(queryClient);
    });
    return () => {
      cancelled = true;
      disconnect?.();
    };
  }, [queryClient, viewerId]);
}

export function Layout() {
  const session = useQuery(sessionQueryOptions());
  useLiveUpdates(session.data?.id ?? null);

  let content: React.ReactNode;
  if (session.isPending) {
    content = (
      <main id="main" className="centered">
        <p role="status">Signing in…</p>
      </main>
    );
  } else if (session.isError) {
    content = (
      <main id="main" className="centered">
        <div role="alert" className="error-panel">
          <h1>Shortlist can’t reach its server</h1>
          <p>{describeError(session.error)}</p>
          <button type="button" className="button button--primary" onClick={() => void session.refetch()}>
            Try again
          </button>
        </div>
      </main>
    );
  } else if (session.data === null) {
    content = (
      <Suspense fallback={<main id="main" className="centered"><p role="status">Loading…</p></main>}>
        <SignInScreen />
      </Suspense>
    );
  } else {
    const viewer = session.data;
    content = (
      <>
        <header className="topbar">
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <p className="brand">
            <span className="brand__mark" aria-hidden="true">S</span> Shortlist
          </p>
          {/* Shown as far as the bar has room (index.css): the team first goes, then the whole line. */}
          <p className="topbar__role">
            Senior Backend Engineer <span className="muted topbar__team">· Core Financial Infrastructure</span>
          </p>
          <MainNav>
            <NavLink to="/" end className="nav-link">
              Pipeline
            </NavLink>
            <CandidatesNavLink />
            <MyInterviewsNavLink />
            <ReviewNavLink viewer={viewer} />
            {viewer.role === 'interviewer' ? null : (
              <NavLink to="/insights" className="nav-link">
                Insights
              </NavLink>
            )}
            <NavLink to="/role" className="nav-link">
              Role
            </NavLink>
          </MainNav>
          <div className="topbar__end">
            <PaletteButton viewer={viewer} />
            {/* Compared inline (as in main.tsx), so builds with mocking off drop the button and the DevPanel chunk. */}
            {import.meta.env.VITE_API_MOCKING !== 'off' ? <MockControlsButton /> : null}
            <PersonaSwitcher viewer={viewer} />
          </div>
        </header>
        <LiveUpdatesNotice />
        <main id="main" className="main">
          <ScreenErrorBoundary>
            <Outlet context={viewer} />
          </ScreenErrorBoundary>
          <div id={MENU_LAYER_ID} />
        </main>
      </>
    );
  }

  return (
    <div className="app">
      <BootNotice />
      {content}
      <Toaster />
      <LiveAnnouncer />
    </div>
  );
}
