'use client';

import { useActionState } from 'react';
import { signOutEverywhere } from './actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { idle, type ActionState } from '@/lib/action-state';

/**
 * Ends every Keystone session of the account. Keystone offers a non-admin exactly one way:
 * changing the password, which revokes all of the user's tokens; Iris sets the same password
 * again, so the user only confirms it.
 */
export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOutEverywhere, idle);
  const error = state.status === 'error' ? state : undefined;
  return (
    <div className="space-y-4 text-sm text-slate-700">
      <p>
        Ends every session of your account: Iris in other browsers, Horizon, and tokens the command line holds. Keystone revokes every token
        issued to you until now, including this one, so you sign in again here too.
      </p>
      <p>
        Keystone has one way to do this for you: setting your password. Iris sets it again to the same value, so type your current password to
        confirm. Application credentials are not affected: they can still get new tokens until you delete them.
      </p>
      <form action={action} className="max-w-sm space-y-4" noValidate>
        <Field id="everywhere-password" label="Current password" errors={error?.fieldErrors?.password}>
          {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required className={inputClasses} />}
        </Field>
        <div aria-live="polite">{error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}</div>
        <Button type="submit" variant="danger" pending={pending}>
          {pending ? 'Signing out everywhere…' : 'Sign out everywhere'}
        </Button>
      </form>
    </div>
  );
}
