import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../support/mock-api';
import { findBoard, notifications, renderApp } from '../support/render-app';

// The palette's chunk cannot be fetched (the server was restarting when the page preloaded it, or a new
// version was deployed): its import rejects. (How each browser words that is tested in api-errors.test.ts.)
vi.mock('../../src/features/palette/overlays', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

setupMockApi({ signedInAs: 'u-priya' });

describe('command palette whose code cannot be loaded', () => {
  it('leaves the page working, and Ctrl+K says why with a way to reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const { user } = renderApp('/');
    await findBoard();
    await user.keyboard('{Control>}k{/Control}');

    const toasts = notifications();
    expect(await toasts.findByText('The command palette could not be loaded')).toBeInTheDocument();
    expect(toasts.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // The board is still there and usable: the failure stayed inside the palette.
    expect(screen.queryByRole('heading', { name: /could not be loaded|Something went wrong/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeInTheDocument();

    // Asking again says it again (nothing to retry until a reload), and nothing else breaks.
    await user.keyboard('{Escape}');
    await user.keyboard('?');
    expect(await toasts.findByText('The shortcuts list could not be loaded')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Pipeline' })).toBeInTheDocument();
  });
});
