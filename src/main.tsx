import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { API_BASE_URL, API_MOCKING } from './lib/config';
import './styles/index.css';

async function boot() {
  let notice: string | null = null;
  if (API_MOCKING) {
    // Dynamic, so the mock backend (and MSW) load as their own chunk, never in the entry bundle.
    const { startMockBackend } = await import('../mocks/browser');
    ({ notice } = await startMockBackend({
      apiBase: API_BASE_URL,
      serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    }));
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App bootNotice={notice} />
    </StrictMode>,
  );
}

void boot();
