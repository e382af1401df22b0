export { Board } from './Board';
export { boardQueryOptions, candidateKeys } from './api';
