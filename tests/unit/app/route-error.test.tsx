import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from '../../../src/app/routes/RouteError';

function Screen({ fail }: { fail: boolean }) {
  if (fail) throw new Error('The review page could not be drawn');
  return <p>Review page</p>;
}

function view(pathname: string, fail: boolean) {
  return (
    <MemoryRouter>
      <RouteErrorBoundary pathname={pathname}>
        <Screen fail={fail} />
      </RouteErrorBoundary>
    </MemoryRouter>
  );
}

describe('a screen that fails to render', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows what went wrong with a way back instead of a blank page, and recovers once the person goes elsewhere', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const { rerender } = render(view('/review/c1', true));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('link', { name: 'Back to the pipeline' })).toHaveAttribute('href', '/');

    // Same path, even with a working screen: the error stays until the person leaves it.
    rerender(view('/review/c1', false));
    expect(screen.getByRole('alert')).toBeInTheDocument();

    rerender(view('/review/c2', false));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Review page')).toBeInTheDocument();
  });

  it('a screen whose code could not be fetched says so and offers a reload', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Missing(): never {
      throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/ReviewRoute-abc123.js');
    }
    render(
      <MemoryRouter>
        <RouteErrorBoundary pathname="/review/c1">
          <Missing />
        </RouteErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'This screen could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('the connection dropped or Shortlist was updated. Reload the page to try again.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the pipeline' })).toBeInTheDocument();
  });
});
