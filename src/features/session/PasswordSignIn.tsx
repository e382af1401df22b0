import { useId, useState } from 'react';
import { Field, Form, FormError } from '../../components/form/Field';
import { fieldErrorsFrom, PasswordSignInSchema } from '../../domain';
import { describeError, isApiError } from '../../lib/api-errors';
import { useSignIn } from './api';

type Errors = Partial<Record<'email' | 'password', string>>;

interface CredentialFieldProps {
  id: string;
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

/** A labelled input with its message beside it, tied by aria-describedby. */
function CredentialField({ id, label, type, autoComplete, value, error, onChange, autoFocus }: CredentialFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <input {...control} type={type} autoComplete={autoComplete} className="input" value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus} />
      )}
    </Field>
  );
}

/** Sign-in with an account: checked with the API's own schema first; the server's answer beside the form. */
export function PasswordSignIn() {
  const signIn = useSignIn();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = () => {
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
    <Form className="sign-in__form" onSubmit={submit} aria-describedby={failure ? `${id}-failure` : undefined}>
      <CredentialField id={`${id}-email`} label="Email" type="email" autoComplete="username" value={email} error={errors.email} onChange={setEmail} autoFocus />
      <CredentialField id={`${id}-password`} label="Password" type="password" autoComplete="current-password" value={password} error={errors.password} onChange={setPassword} />
      {failure ? (
        <FormError id={`${id}-failure`} glyph={null}>
          {failure}
        </FormError>
      ) : null}
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </Form>
  );
}
