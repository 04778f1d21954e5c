'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { echoedValue, idle, type ActionState } from '@/lib/action-state';
import { CloudInput } from './cloud-choice';
import { signIn } from './actions';

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signIn, idle);
  const error = state.status === 'error' ? state : undefined;
  const value = (key: string, fallback = '') => echoedValue(state, key, fallback);

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <CloudInput errors={error?.fieldErrors?.cloud} />
      <Field id="username" label="User name" errors={error?.fieldErrors?.username}>
        {(props) => <input {...props} name="username" autoComplete="username" required defaultValue={value('username')} className={inputClasses} />}
      </Field>
      <Field id="password" label="Password" errors={error?.fieldErrors?.password}>
        {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required className={inputClasses} />}
      </Field>
      <Field id="domain" label="Domain" hint="Your identity domain; most clouds use “Default”." errors={error?.fieldErrors?.domain}>
        {(props) => <input {...props} name="domain" required defaultValue={value('domain', 'Default')} className={inputClasses} />}
      </Field>
      <div aria-live="polite">{error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}</div>
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
