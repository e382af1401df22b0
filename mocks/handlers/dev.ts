import { http, HttpResponse } from 'msw';
import { DatasetRequestSchema, FaultSettingsSchema, type MockSettings } from '../../src/domain';
import type { MockBackend } from '../backend';
import { parseBody, readJson } from '../http';

function settingsOf(backend: MockBackend): MockSettings {
  return { faults: backend.faults, seed: backend.db.options.seed, size: backend.db.options.size };
}

/** The developer panel's endpoints: fault controls, dataset size and "reset demo data". */
export function devHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/__mock/settings`, () => HttpResponse.json(settingsOf(backend))),
    http.put(`${base}/__mock/faults`, async ({ request }) => {
      backend.setFaults(parseBody(FaultSettingsSchema, await readJson(request)));
      return HttpResponse.json(settingsOf(backend));
    }),
    http.post(`${base}/__mock/reset`, async ({ request }) => {
      const text = await request.text();
      const options = parseBody(DatasetRequestSchema, text ? JSON.parse(text) : {});
      backend.reset(options);
      return HttpResponse.json(settingsOf(backend));
    }),
  ];
}
