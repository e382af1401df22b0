import { useParams } from 'react-router';
import { ReviewPage } from '../../features/review';
import '../../styles/scorecards.css';
import { useViewer } from '../viewer';

/** `/review/:candidateId`: a candidate's scorecards side by side, and the decision. */
export function Component() {
  const viewer = useViewer();
  const { candidateId = '' } = useParams();
  // Not keyed by candidate: J/K keep the page (and focus handling) while the data changes underneath.
  return <ReviewPage candidateId={candidateId} viewer={viewer} />;
}
