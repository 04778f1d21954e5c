'use client';

import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { echoedValue, idle, type ActionState } from '@/lib/action-state';
import { CloudInput } from './cloud-choice';
import { signInWithApplicationCredential } from './actions';

/** ID + secret, or name + user + domain + secret: the two ways Keystone names an application credential. */
export function ApplicationCredentialForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInWithApplicationCredential, idle);
  const error = state.status === 'error' ? state : undefined;
  const value = (key: string, fallback = '') => echoedValue(state, key, fallback);
  const [identify, setIdentify] = useState(value('identify', 'id'));

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <CloudInput errors={error?.fieldErrors?.cloud} />
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-sm font-medium text-slate-800">Identify the credential by</legend>
        {(['id', 'name'] as const).map((option) => (
          <label key={option} className="inline-flex items-center gap-2">
            <input type="radio" name="identify" value={option} checked={identify === option} onChange={() => setIdentify(option)} className="accent-brand-600" />
            {option === 'id' ? 'ID' : 'Name and user'}
          </label>
        ))}
      </fieldset>
      {identify === 'id' ? (
        <Field id="credential_id" label="Application credential ID" errors={error?.fieldErrors?.id}>
          {(props) => <input {...props} name="credential_id" autoComplete="username" spellCheck={false} required defaultValue={value('id')} className={inputClasses} />}
        </Field>
      ) : (
        <>
          <Field id="credential_name" label="Application credential name" errors={error?.fieldErrors?.name}>
            {(props) => <input {...props} name="credential_name" spellCheck={false} required defaultValue={value('name')} className={inputClasses} />}
          </Field>
          <Field id="credential_user" label="Its user name" errors={error?.fieldErrors?.username}>
            {(props) => <input {...props} name="credential_user" autoComplete="username" required defaultValue={value('username')} className={inputClasses} />}
          </Field>
          <Field id="credential_domain" label="User’s domain" errors={error?.fieldErrors?.domain}>
            {(props) => <input {...props} name="credential_domain" required defaultValue={value('domain', 'Default')} className={inputClasses} />}
          </Field>
        </>
      )}
      <Field id="secret" label="Secret" hint="Shown once when the credential was created; Iris never stores it." errors={error?.fieldErrors?.secret}>
        {(props) => <input {...props} name="secret" type="password" autoComplete="current-password" required className={inputClasses} />}
      </Field>
      <div aria-live="polite">{error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}</div>
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? 'Signing in…' : 'Sign in with application credential'}
      </Button>
    </form>
  );
}
