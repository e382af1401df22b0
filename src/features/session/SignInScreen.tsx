import { useQuery } from '@tanstack/react-query';
import { USER_ROLE_LABELS } from '../../domain';
import { describeError } from '../../lib/api-errors';
import { API_MOCKING } from '../../lib/config';
import { directoryQueryOptions } from '../../lib/queries/session';
import { useSignIn } from './api';
import { PasswordSignIn } from './PasswordSignIn';
import { initials } from '../../lib/format';
import { groupByRole, ROLE_BLURBS } from './personas';

/** Sign-in: an account's email and password on the server; a persona picker in the in-browser demo. */
export function SignInScreen() {
  return API_MOCKING ? <PersonaSignIn /> : <AccountSignIn />;
}

/** The sign-in page's frame: the brand above whichever way of signing in this backend offers. */
function SignInPanel({ narrow = false, children }: { narrow?: boolean; children: React.ReactNode }) {
  return (
    <main className="sign-in" id="main">
      <div className={narrow ? 'sign-in__panel sign-in__panel--narrow' : 'sign-in__panel'}>
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">S</span> Shortlist
        </p>
        {children}
      </div>
    </main>
  );
}

function AccountSignIn() {
  return (
    <SignInPanel narrow>
      <h1>Sign in</h1>
      <p className="muted">Senior Backend Engineer hiring, for the whole hiring team.</p>
      <PasswordSignIn />
    </SignInPanel>
  );
}

function PersonaSignIn() {
  const directory = useQuery(directoryQueryOptions());
  const signIn = useSignIn();

  return (
    <SignInPanel>
      <h1>Who are you today?</h1>
      <p className="muted">
        This demo runs on a built-in mock backend. Choose a persona to see Shortlist the way they do: the API
        decides what each one may see and do.
      </p>
      {directory.isPending ? <p role="status">Loading people…</p> : null}
      {directory.isError ? (
        <p role="alert" className="error-text">
          {describeError(directory.error)}{' '}
          <button type="button" className="button button--small" onClick={() => void directory.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      {signIn.isError ? (
        <p role="alert" className="error-text">
          {describeError(signIn.error)}
        </p>
      ) : null}
      {directory.data
        ? groupByRole(directory.data).map(([role, members]) => (
            <section key={role} className="sign-in__group" aria-labelledby={`role-${role}`}>
              <h2 id={`role-${role}`}>{USER_ROLE_LABELS[role]}</h2>
              <p className="muted small">{ROLE_BLURBS[role]}</p>
              <ul className="persona-list">
                {members.map((user) => (
                  <li key={user.id}>
                    <button
                      type="button"
                      className="persona"
                      disabled={signIn.isPending}
                      onClick={() => signIn.mutate({ userId: user.id })}
                    >
                      <span className="avatar" aria-hidden="true">{initials(user.name)}</span>
                      <span className="persona__text">
                        <span className="persona__name">Continue as {user.name}</span>
                        <span className="persona__title">{user.title}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))
        : null}
    </SignInPanel>
  );
}
