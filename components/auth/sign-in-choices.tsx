'use client';

import { useState } from 'react';
import { cn } from '@/lib/utils';
import { ApplicationCredentialForm } from './application-credential-form';
import { LoginForm } from './login-form';

export interface FormChoice {
  kind: 'password' | 'application_credential';
  label: string;
}

/**
 * The sign-in forms an operator offers (Keystone password, application credential): one at a
 * time, picked under "Authenticate using" like Horizon's menu, in the configured order.
 */
export function SignInForms({ choices, next }: { choices: FormChoice[]; next: string }) {
  const [kind, setKind] = useState(choices[0]?.kind);
  return (
    <div className="space-y-4">
      {choices.length > 1 && (
        <fieldset>
          <legend className="mb-1.5 block text-sm font-medium text-slate-800">Authenticate using</legend>
          <div className="grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1">
            {choices.map((choice) => (
              <label
                key={choice.kind}
                className={cn(
                  'relative flex cursor-pointer items-center justify-center rounded-md px-2 py-1.5 text-center text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600',
                  kind === choice.kind ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200' : 'text-slate-700',
                )}
              >
                <input type="radio" name="authenticate-using" value={choice.kind} checked={kind === choice.kind} onChange={() => setKind(choice.kind)} className="absolute inset-0 cursor-pointer opacity-0" />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {kind === 'password' && <LoginForm next={next} />}
      {kind === 'application_credential' && <ApplicationCredentialForm next={next} />}
    </div>
  );
}
