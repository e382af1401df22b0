import type { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { type Location, MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from '../../src/app/App';
import { AppRoutes } from '../../src/app/router';
import { useToastStore } from '../../src/components/toast/toast-store';
import { STAGE_LABELS, type Stage } from '../../src/domain';
import { createQueryClient } from '../../src/lib/query-client';

export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  // The app's query retries stay on (tests rely on its real behaviour), without the waiting.
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 0 } });
  return client;
}

/** Renders the whole app at a URL, as a person would open it. */
export function renderApp(url = '/') {
  useToastStore.setState({ toasts: [] });
  const router = { state: { location: null as unknown as Location } };
  const queryClient = testQueryClient();
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <AppRoutes />
        <LocationProbe
          onLocation={(location) => {
            router.state.location = location;
          }}
        />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, user, router, queryClient };
}

/** Keeps `router.state.location` current, so tests can assert where the app went. */
function LocationProbe({ onLocation }: { onLocation: (location: Location) => void }) {
  const location = useLocation();
  useLayoutEffect(() => onLocation(location), [location, onLocation]);
  return null;
}

export function column(stage: Stage): HTMLElement {
  return screen.getByRole('region', { name: STAGE_LABELS[stage] });
}

export function cardIn(stage: Stage, name: string): HTMLElement | null {
  return within(column(stage)).queryByRole('article', { name });
}

/** Waits for the board to show its columns. */
export async function findBoard() {
  return screen.findByRole('region', { name: STAGE_LABELS.applied });
}

/** The visible notifications (toasts), as opposed to the screen-reader announcer. */
export function notifications() {
  // `hidden`: found even while a modal dialog hides the rest of the page from assistive technology, so
  // `await notifications().findByText(…)` right after submitting a dialog waits for the toast instead of
  // failing when the dialog has not closed yet.
  return within(screen.getByRole('region', { name: 'Notifications', hidden: true }));
}
