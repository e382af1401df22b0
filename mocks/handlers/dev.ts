import { http, HttpResponse } from 'msw';
import { DatasetRequestSchema, FaultSettingsSchema, type MockSettings } from '../../src/domain';
import { parseWith, Refusal } from '../../server/core/problems';
import { problemResponse } from '../../server/http/respond';
import type { MockBackend } from '../backend';

function settingsOf(backend: MockBackend): MockSettings {
  return { faults: backend.faults, seed: backend.db.options.seed, size: backend.db.options.size };
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return null;
  }
}

/** A refused setting answers as the API would: a problem document. */
function guarded(run: () => Promise<Response>): Promise<Response> {
  return run().catch((error: unknown) => {
    if (error instanceof Refusal) return problemResponse(error.problem);
    throw error;
  });
}

/** The developer panel's endpoints (mock builds only): fault controls, dataset size and "reset demo data". */
export function devHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/__mock/settings`, () => HttpResponse.json(settingsOf(backend))),
    http.put(`${base}/__mock/faults`, ({ request }) =>
      guarded(async () => {
        backend.setFaults(parseWith(FaultSettingsSchema, await readJson(request)));
        return HttpResponse.json(settingsOf(backend));
      }),
    ),
    http.post(`${base}/__mock/reset`, ({ request }) =>
      guarded(async () => {
        backend.reset(parseWith(DatasetRequestSchema, await readJson(request)));
        return HttpResponse.json(settingsOf(backend));
      }),
    ),
  ];
}
