import { ReviewQueuePage } from '../../features/review';
import '../../styles/scorecards.css';
import { useViewer } from '../viewer';

/** `/review`: candidates waiting for the hiring manager's decision. */
export function Component() {
  return <ReviewQueuePage viewer={useViewer()} />;
}
