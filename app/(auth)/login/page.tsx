import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { IrisLogo } from '@/components/layout/iris-logo';
import { env } from '@/lib/env';
import { getSession } from '@/lib/session';
import { describeDuration } from '@/lib/utils';
import { safeNextPath } from '@/lib/session/redirect';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

const searchSchema = z.object({
  next: z.string().optional().catch(undefined),
  reason: z.enum(['expired', 'idle', 'signed-out', 'signed-out-everywhere']).optional().catch(undefined),
});

export default async function LoginPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, reason } = searchSchema.parse(await props.searchParams);
  const nextPath = safeNextPath(next);
  // A session Keystone stopped accepting still decodes; only a valid one skips the form.
  if (reason !== 'expired' && (await getSession())) redirect(nextPath);

  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <IrisLogo className="size-10" />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Iris</h1>
          <p className="text-sm text-slate-600">Images for your OpenStack cloud. Use your Keystone credentials.</p>
        </div>
        {reason === 'expired' && (
          <Alert tone="warning" className="mb-4" title="Your session has ended">
            Sign in again to continue where you were.
          </Alert>
        )}
        {reason === 'idle' && (
          <Alert tone="warning" className="mb-4" title="Signed out after inactivity">
            {`Nothing happened in this session for ${describeDuration(env().SESSION_IDLE_TIMEOUT_SECONDS)}. Sign in again to continue where you were.`}
          </Alert>
        )}
        {reason === 'signed-out' && (
          <Alert tone="success" className="mb-4">
            You are signed out.
          </Alert>
        )}
        {reason === 'signed-out-everywhere' && (
          <Alert tone="success" className="mb-4" title="Signed out everywhere">
            Keystone revoked every token issued to your account until now: other browsers, Horizon and command-line sessions must sign in again.
          </Alert>
        )}
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <LoginForm next={nextPath} />
        </div>
      </div>
    </main>
  );
}
