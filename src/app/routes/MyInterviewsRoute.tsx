import { MyInterviewsPage } from '../../features/scorecards';
import '../../styles/scorecards.css';
import { useViewer } from '../viewer';

/** `/interviews`: the signed-in person's interviews and scorecards (lazy, with its own stylesheet). */
export function Component() {
  return <MyInterviewsPage viewer={useViewer()} />;
}
