import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, use, useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LiveAnnouncer } from '../components/LiveAnnouncer';
import { MENU_LAYER_ID } from '../components/menu';
import { Toaster } from '../components/toast/Toaster';
import { DevPanel } from '../features/devtools';
// Nav links straight from their modules, not the features' index: the pages stay in their lazy chunks.
import { ReviewNavLink } from '../features/review/ReviewNavLink';
import { MyInterviewsNavLink } from '../features/scorecards/MyInterviewsNavLink';
import { PersonaSwitcher, SignInScreen } from '../features/session';
import { describeError } from '../lib/api-errors';
import { API_MOCKING } from '../lib/config';
import { connectLiveUpdates } from '../lib/live-updates';
import { sessionQueryOptions } from '../lib/queries/session';
import { BootNoticeContext } from './boot-notice';

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
  useEffect(() => (viewerId === null ? undefined : connectLiveUpdates(queryClient)), [queryClient, viewerId]);
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
    content = <SignInScreen />;
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
          <p className="topbar__role">
            Senior Backend Engineer <span className="muted">· Core Financial Infrastructure</span>
          </p>
          <nav aria-label="Main" className="topbar__nav">
            <NavLink to="/" end className="nav-link">
              Pipeline
            </NavLink>
            <MyInterviewsNavLink />
            <ReviewNavLink viewer={viewer} />
            <NavLink to="/role" className="nav-link">
              Role
            </NavLink>
          </nav>
          <div className="topbar__end">
            {API_MOCKING ? <MockControlsButton /> : null}
            <PersonaSwitcher viewer={viewer} />
          </div>
        </header>
        <main id="main" className="main">
          <Outlet context={viewer} />
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
