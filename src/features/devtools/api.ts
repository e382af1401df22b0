import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FaultSettings, MockSettingsSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';

export const mockSettingsKeys = { all: ['mock-settings'] as const };

export const mockSettingsQueryOptions = () =>
  queryOptions({
    queryKey: mockSettingsKeys.all,
    queryFn: ({ signal }) => apiRequest({ path: '/__mock/settings', schema: MockSettingsSchema, signal }),
  });

export function useUpdateFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (faults: FaultSettings) =>
      apiRequest({ path: '/__mock/faults', method: 'PUT', body: faults, schema: MockSettingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(mockSettingsKeys.all, settings),
  });
}

/** Regenerates the demo data; every cached answer is stale afterwards. */
export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dataset: { seed?: number; size?: number }) =>
      apiRequest({ path: '/__mock/reset', method: 'POST', body: dataset, schema: MockSettingsSchema }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(mockSettingsKeys.all, settings);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== mockSettingsKeys.all[0] });
    },
  });
}
