import { type FaultSettings, FaultSettingsSchema, MAX_DATASET_SIZE } from '../src/domain';

export { type FaultSettings, FaultSettingsSchema };

export const NO_FAULTS: FaultSettings = { latencyMs: 0, errorRate: 0, offline: false, colleague: false };

/** The browser default: a little latency, so optimistic updates and spinners are visible. */
export const BROWSER_DEFAULT_FAULTS: FaultSettings = { ...NO_FAULTS, latencyMs: 150 };

/**
 * Reads fault and dataset settings from a query string:
 * `?mock-latency=800&mock-errors=0.2&mock-offline=1&mock-colleague=1&mock-size=10000&mock-seed=7`.
 */
export function readUrlSettings(search: string, base: FaultSettings) {
  const params = new URLSearchParams(search);
  const number = (name: string): number | undefined => {
    const value = params.get(name);
    if (value === null || value.trim() === '') return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  };
  const flag = (name: string): boolean | undefined => {
    const value = params.get(name);
    return value === null ? undefined : value === '1' || value === 'true' || value === 'on';
  };
  const candidate = {
    latencyMs: number('mock-latency') ?? base.latencyMs,
    errorRate: number('mock-errors') ?? base.errorRate,
    offline: flag('mock-offline') ?? base.offline,
    colleague: flag('mock-colleague') ?? base.colleague,
  };
  const faults = FaultSettingsSchema.safeParse(candidate);
  const size = number('mock-size');
  const seed = number('mock-seed');
  return {
    faults: faults.success ? faults.data : base,
    size: size === undefined ? undefined : Math.max(0, Math.min(MAX_DATASET_SIZE, Math.round(size))),
    seed: seed === undefined ? undefined : Math.round(seed),
  };
}
