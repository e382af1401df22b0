import { InsightsPage } from '../../features/insights';
import '../../styles/insights.css';

/** `/insights`: pipeline funnel, time in stage, sources and the qualification heatmap. */
export function Component() {
  return <InsightsPage />;
}
