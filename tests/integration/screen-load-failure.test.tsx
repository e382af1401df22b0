import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../support/mock-api';
import { renderApp } from '../support/render-app';

// The insights screen's code cannot be fetched (the server restarting, or a new version deployed and the
// old file gone): reading the lazily loaded module fails as a browser's failed import does.
vi.mock('../../src/app/routes/InsightsRoute', () => ({
  get Component() {
    throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/InsightsRoute-1a2b3c.js');
  },
}));

setupMockApi({ signedInAs: 'u-marcus' });

describe('a screen whose code cannot be loaded', () => {
  it('says so where the screen would be, offers a reload, and keeps the top bar to go elsewhere', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const { user } = renderApp('/insights');
    const heading = await screen.findByRole('heading', { name: 'This screen could not be loaded' });
    const main = screen.getByRole('main');
    expect(main).toContainElement(heading);
    expect(within(main).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    // One main landmark: the error sits inside the layout's.
    expect(screen.getAllByRole('main')).toHaveLength(1);

    await user.click(within(screen.getByRole('navigation', { name: /main/i })).getByRole('link', { name: 'Pipeline' }));
    expect(await screen.findByRole('heading', { name: 'Pipeline', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This screen could not be loaded' })).toBeNull();
  });
});
