export { CandidatesTablePage } from './CandidatesTablePage';
