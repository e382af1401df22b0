import { setupWorker } from 'msw/browser';
import { MockBackend } from './backend';
import { startColleague } from './colleague';
import { DeviceSessionHolder } from './device-session';
import { BROWSER_DEFAULT_FAULTS, type FaultSettings, FaultSettingsSchema, readUrlSettings } from './faults';
import { createHandlers } from './handlers';
import { loadDatabase, saveDatabase } from './persistence';
import { followOtherTabs } from './tab-sync';

const FAULTS_KEY = 'shortlist.mock-faults';
/** The mock's stand-in for the session cookie (the real server's is HttpOnly and never readable). */
const SESSION_KEY = 'shortlist.mock-session';

function savedFaults(): FaultSettings {
  try {
    const parsed = FaultSettingsSchema.safeParse(JSON.parse(localStorage.getItem(FAULTS_KEY) ?? 'null'));
    return parsed.success ? parsed.data : BROWSER_DEFAULT_FAULTS;
  } catch {
    return BROWSER_DEFAULT_FAULTS;
  }
}

export interface MockBackendStart {
  apiBase: string;
  serviceWorkerUrl: string;
}

/** Starts the mock API in this tab: data from localStorage (or the seed), settings from the URL. */
export async function startMockBackend({ apiBase, serviceWorkerUrl }: MockBackendStart): Promise<{ notice: string | null }> {
  const settings = readUrlSettings(window.location.search, savedFaults());
  const loadStart = import.meta.env.VITE_BENCH === '1' ? performance.now() : 0;
  const { db, notice } = loadDatabase(window.localStorage, settings);
  // Bench builds only (VITE_BENCH=1): generating (or restoring) the dataset; compiled out otherwise.
  if (import.meta.env.VITE_BENCH === '1') performance.measure('bench:mock-seed', { start: loadStart });
  const device = new DeviceSessionHolder({
    load: () => localStorage.getItem(SESSION_KEY),
    save: (id) => (id === null ? localStorage.removeItem(SESSION_KEY) : localStorage.setItem(SESSION_KEY, id)),
  });
  const backend = new MockBackend(db, settings.faults, {
    onDataChanged: (changed) => saveDatabase(window.localStorage, changed),
    onFaultsChanged: (faults) => localStorage.setItem(FAULTS_KEY, JSON.stringify(faults)),
    device,
  });
  saveDatabase(window.localStorage, db);
  startColleague(backend);
  // Another tab regenerated the demo data (another size or seed): start again from what it saved.
  followOtherTabs(backend, window.localStorage, () => window.location.reload());
  const worker = setupWorker(...createHandlers(backend, apiBase));
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest: 'bypass', quiet: true });
  return { notice };
}
