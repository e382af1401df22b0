import { useParams } from 'react-router';
import { ScorecardPage } from '../../features/scorecards';
import '../../styles/scorecards.css';
import { useViewer } from '../viewer';

/** `/interviews/:interviewId`: the scorecard form (deep-linkable; keyed so another interview starts clean). */
export function Component() {
  const viewer = useViewer();
  const { interviewId = '' } = useParams();
  return <ScorecardPage key={`${viewer.id}:${interviewId}`} interviewId={interviewId} viewer={viewer} />;
}
