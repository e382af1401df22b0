import { type FormEvent, useId, useState } from 'react';
import { FieldError } from '../../components/FieldError';
import { PasswordSignInSchema, fieldErrorsFrom } from '../../domain';
import { describeError, isApiError } from '../../lib/api-errors';
import { useSignIn } from './api';

type Errors = Partial<Record<'email' | 'password', string>>;

/** Sign-in with an account: checked with the API's own schema first; the server's answer beside the form. */
export function PasswordSignIn() {
  const signIn = useSignIn();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PasswordSignInSchema.safeParse({ email, password });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error.issues);
      setErrors({ email: fields.email?.[0], password: fields.password?.[0] });
      return;
    }
    setErrors({});
    // Whatever the answer, the password is not kept in the form after a failed attempt.
    signIn.mutate(parsed.data, { onError: () => setPassword('') });
  };

  const failure = signIn.isError
    ? isApiError(signIn.error, 401)
      ? 'That email and password do not match an active account.'
      : describeError(signIn.error)
    : null;

  return (
    <form className="sign-in__form" onSubmit={submit} noValidate aria-describedby={failure ? `${id}-failure` : undefined}>
      <div className="field">
        <label htmlFor={`${id}-email`} className="field__label">Email</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          className="input"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          autoFocus
        />
        <FieldError id={`${id}-email-error`} message={errors.email} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`} className="field__label">Password</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          className="input"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
        />
        <FieldError id={`${id}-password-error`} message={errors.password} />
      </div>
      {failure ? (
        <p id={`${id}-failure`} role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
