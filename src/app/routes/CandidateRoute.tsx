import { useParams } from 'react-router';
import { CandidatePage } from '../../features/candidates';
import '../../styles/candidate.css';
import { useBoardHref } from '../board-return';
import { useViewer } from '../viewer';

/** `/candidates/:candidateId`: deep-linkable; loaded lazily, with its own stylesheet. */
export function Component() {
  const viewer = useViewer();
  const { candidateId = '' } = useParams();
  const backTo = useBoardHref();
  // Keyed by id, so moving from one candidate to another starts from a clean page (no open editors).
  return <CandidatePage key={candidateId} candidateId={candidateId} viewer={viewer} backTo={backTo} />;
}
