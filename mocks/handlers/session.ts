import { http, HttpResponse } from 'msw';
import { type Session, SignInRequestSchema, UserDirectorySchema } from '../../src/domain';
import type { MockBackend } from '../backend';
import { parseBody, problem, readJson, requireUser } from '../http';

export function sessionHandlers(backend: MockBackend, base: string) {
  return [
    // The mock's sign-in directory: who you can be. A real backend would use single sign-on instead.
    http.get(`${base}/users`, () => HttpResponse.json(UserDirectorySchema.parse({ items: backend.db.users }))),

    http.get(`${base}/session`, () => {
      const user = requireUser(backend);
      return HttpResponse.json({ user } satisfies Session);
    }),

    http.post(`${base}/session`, async ({ request }) => {
      const { userId } = parseBody(SignInRequestSchema, await readJson(request));
      const user = backend.db.user(userId);
      if (!user) {
        return problem(422, 'https://shortlist.dev/problems/validation', 'Unknown user', 'No such person in this workspace.', {
          errors: { userId: ['Choose a person from the list.'] },
        });
      }
      backend.db.setSession(user.id);
      return HttpResponse.json({ user } satisfies Session);
    }),

    http.delete(`${base}/session`, () => {
      backend.db.setSession(null);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
