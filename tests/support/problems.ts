/** Problem responses for tests that stand in for the API (a 500, a 403), worded exactly as the API words them. */
import { problems as refusals } from '../../server/core/problems';
import { problemResponse } from '../../server/http/respond';

export const problems = {
  serverError: () => problemResponse(refusals.serverError().problem),
  forbidden: (detail: string) => problemResponse(refusals.forbidden(detail).problem),
};
