import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FaultSettings, MockSettingsSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { queryKeys } from '../../lib/queries/keys';

/** The developer panel's writes (its query is `lib/queries/mock-settings.ts`). */

const settingsKey = queryKeys.mockSettings.all;

export function useUpdateFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (faults: FaultSettings) =>
      apiRequest({ path: '/__mock/faults', method: 'PUT', body: faults, schema: MockSettingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}

/** Regenerates the demo data; every cached answer is stale afterwards. */
export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dataset: { seed?: number; size?: number }) =>
      apiRequest({ path: '/__mock/reset', method: 'POST', body: dataset, schema: MockSettingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
    // Everything (an empty key matches every query), and the panel says "done" once it is refetched.
    meta: { invalidates: () => [[]], awaitRefetch: true },
  });
}
