/**
 * Where the API lives. Set VITE_API_BASE_URL at build time to point Shortlist at a real backend that
 * speaks the contract in src/domain; the default is the built-in mock backend's path.
 */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '/api';

/** The mock backend runs unless the build turns it off (VITE_API_MOCKING=off). */
export const API_MOCKING: boolean = import.meta.env.VITE_API_MOCKING !== 'off';
