export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many runs produced the value. */
  n: number;
}

export interface EventTimingLike {
  name: string;
  duration: number;
  interactionId?: number;
}

export function median(values: readonly number[]): number | null;
export function percentile(values: readonly number[], p: number): number | null;
export function summarize(values: readonly (number | null | undefined)[]): Summary;
export function keystrokeLatencies(entries: readonly EventTimingLike[], keystrokes: number, threshold?: number): number[];
export function withinBudget(value: number | null | undefined, budget: number | null | undefined): boolean | null;
export function formatSummary(summary: Summary | undefined, digits?: number): string;
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string;
