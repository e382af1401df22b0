import { RolePage } from '../../features/role';
import '../../styles/candidate.css';

/** `/role`: the job description and how the pipeline covers its qualifications. */
export function Component() {
  return (
    <>
      <title>Role · Shortlist</title>
      <RolePage />
    </>
  );
}
