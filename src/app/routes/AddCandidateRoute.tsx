import { Link } from 'react-router';
import { canAddCandidates } from '../../domain';
import { AddCandidateForm } from '../../features/candidates';
import '../../styles/candidate.css';
import { useBoardHref } from '../board-return';
import { useViewer } from '../viewer';

/** `/candidates/new`: recruiters and the hiring manager only (the API refuses interviewers too). */
export function Component() {
  const viewer = useViewer();
  const backTo = useBoardHref();
  if (!canAddCandidates(viewer.role)) {
    return (
      <div className="centered">
        <title>Add a candidate · Shortlist</title>
        <h1>Only recruiters and the hiring manager add candidates</h1>
        <p>
          <Link to="/">Back to the pipeline</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <title>Add a candidate · Shortlist</title>
      <AddCandidateForm cancelTo={backTo} />
    </>
  );
}
