import { queryOptions } from '@tanstack/react-query';
import { MockSettingsSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { queryKeys } from './keys';

/** The in-browser mock's fault settings and dataset (the developer panel). */
export const mockSettingsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.mockSettings.all,
    queryFn: ({ signal }) => apiRequest({ path: '/__mock/settings', schema: MockSettingsSchema, signal }),
  });
