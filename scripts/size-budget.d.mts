export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface LazyGroup {
  key: string;
  kind: string;
  /** Manifest keys this dynamic import loads beyond the eager chunks. */
  chunks: string[];
  /** Its own gzip budget, for the known groups that have one (the insights screen). */
  budget?: number;
}

export interface ChunkCode {
  file: string;
  code: string;
  gzip: number;
}

export const BUDGET_GZIP_BYTES: number;
export const MOCK_MARKERS: readonly string[];
export const BENCH_MARKERS: readonly string[];
export const MOCK_ONLY_MARKERS: readonly string[];
export const INSIGHTS_BUDGET_GZIP_BYTES: number;
export const KNOWN_LAZY: readonly { kind: string; src: string; budget?: number }[];

export function entryKey(manifest: Manifest): string;
export function staticClosure(manifest: Manifest, key: string): string[];
export function classifyChunks(manifest: Manifest): { entry: string; eager: string[]; lazy: LazyGroup[] };
export function findMarkers(code: string, markers: readonly string[]): string[];
export function checkBudget(input: {
  eager: readonly ChunkCode[];
  all: readonly ChunkCode[];
  lazy?: readonly { kind: string; gzip: number; budget?: number }[];
  budget?: number;
}): {
  eagerGzip: number;
  failures: string[];
};
export function checkNoMockCode(all: readonly { file: string; code: string }[]): string[];
export function formatKb(bytes: number): string;
