import * as z from 'zod/mini';

/**
 * The built-in mock backend's developer controls (not part of the production contract): fault
 * injection and dataset size, served under `/__mock` by the mock only.
 */
export const FaultSettingsSchema = z.object({
  latencyMs: z.number().check(z.int(), z.gte(0), z.lte(30_000)),
  errorRate: z.number().check(z.gte(0), z.lte(1)),
  offline: z.boolean(),
  colleague: z.boolean(),
});
export type FaultSettings = z.infer<typeof FaultSettingsSchema>;

export const MAX_DATASET_SIZE = 20_000;

export const MockSettingsSchema = z.object({
  faults: FaultSettingsSchema,
  seed: z.number().check(z.int()),
  size: z.number().check(z.int(), z.gte(0), z.lte(MAX_DATASET_SIZE)),
});
export type MockSettings = z.infer<typeof MockSettingsSchema>;

export const DatasetRequestSchema = z.object({
  seed: z.optional(z.number().check(z.int())),
  size: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_DATASET_SIZE))),
});
