/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_API_MOCKING?: 'on' | 'off';
  /** Set only by `npm run bench`: compiles in measurements that production builds must not carry. */
  readonly VITE_BENCH?: string;
}
