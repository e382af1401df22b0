// First: the colour theme is applied before anything renders (the CSP allows no inline script in index.html).
import { startTheme } from './lib/theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { API_BASE_URL } from './lib/config';
import './styles/index.css';

startTheme();

async function boot() {
  let notice: string | null = null;
  // Compared inline, not through lib/config's API_MOCKING: Vite replaces import.meta.env.VITE_API_MOCKING
  // with a literal, so in a build with mocking off (`--mode server`) the condition is constant-false and
  // the bundler drops this branch and its dynamic import: no mock backend chunk at all. A constant read
  // from another module is not folded, and the ~0.5 MB chunk was built (unused) into the server's app.
  if (import.meta.env.VITE_API_MOCKING !== 'off') {
    // Bench builds only (VITE_BENCH=1): how long the mock backend takes to start; compiled out otherwise.
    if (import.meta.env.VITE_BENCH === '1') performance.mark('bench:mock-start');
    // Dynamic, so the mock backend (and MSW) load as their own chunk, never in the entry bundle.
    const { startMockBackend } = await import('../mocks/browser');
    ({ notice } = await startMockBackend({
      apiBase: API_BASE_URL,
      serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    }));
    if (import.meta.env.VITE_BENCH === '1') performance.measure('bench:mock-ready', 'bench:mock-start');
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App bootNotice={notice} />
    </StrictMode>,
  );
}

void boot();
