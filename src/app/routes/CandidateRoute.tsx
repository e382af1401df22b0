import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { CandidatePage } from '../../features/candidates';
import { CandidateScorecards, useQualificationRatingsSlot } from '../../features/scorecards/CandidateScorecards';
import '../../styles/candidate.css';
import '../../styles/scorecards.css';
import { useBoardHref } from '../board-return';
import { candidateScorecardsQueryOptions } from '../../lib/queries/scorecards';
import { useViewer } from '../viewer';

/**
 * `/candidates/:candidateId`: deep-linkable; loaded lazily, with its own stylesheets. The candidate
 * page and the scorecards feature meet here: interview ratings sit beside each qualification as a
 * signal, and the interviews with their (blind-filtered) scorecards fill the side column.
 */
export function Component() {
  const viewer = useViewer();
  const { candidateId = '' } = useParams();
  const backTo = useBoardHref();
  const renderRatings = useQualificationRatingsSlot(candidateId);
  // The same query as the scorecards panel's (one request): there is something to compare once a scorecard is submitted.
  const scorecards = useQuery({ ...candidateScorecardsQueryOptions(candidateId), enabled: viewer.role !== 'interviewer' });
  const comparable = scorecards.data?.scorecards.some((s) => s.status === 'submitted') ?? false;
  // Keyed by id, so moving from one candidate to another starts from a clean page (no open editors).
  return (
    <CandidatePage
      key={candidateId}
      candidateId={candidateId}
      viewer={viewer}
      backTo={backTo}
      renderQualificationRatings={renderRatings}
      interviews={
        <>
          {viewer.role === 'interviewer' || !comparable ? null : (
            <Link to={`/review/${encodeURIComponent(candidateId)}`} className="button review-link">
              Compare scorecards side by side
            </Link>
          )}
          <CandidateScorecards candidateId={candidateId} viewer={viewer} />
        </>
      }
    />
  );
}
