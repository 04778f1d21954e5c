import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { IrisLogo } from '@/components/layout/iris-logo';
import { env } from '@/lib/env';
import { getSession } from '@/lib/session';
import { describeDuration } from '@/lib/utils';
import { safeNextPath } from '@/lib/session/redirect';
import { configuredClouds, findCloud } from '@/lib/auth/cloud-choice';
import { describeWebssoOutcome, UNKNOWN_CLOUD, WEBSSO_OUTCOMES } from '@/lib/auth/words';
import type { FormChoice } from '@/components/auth/sign-in-choices';
import { SignInCard } from '@/components/auth/sign-in-card';

export const metadata: Metadata = { title: 'Sign in' };

const searchSchema = z.object({
  next: z.string().optional().catch(undefined),
  reason: z.enum(['expired', 'idle', 'signed-out', 'signed-out-everywhere']).optional().catch(undefined),
  sso: z.enum(WEBSSO_OUTCOMES).optional().catch(undefined),
  choice: z.string().optional().catch(undefined),
  cloud: z.string().optional().catch(undefined),
});

export default async function LoginPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, reason, sso, choice, cloud } = searchSchema.parse(await props.searchParams);
  const nextPath = safeNextPath(next);
  // A session Keystone stopped accepting still decodes; only a valid one skips the form.
  if (reason !== 'expired' && !sso && (await getSession())) redirect(nextPath);
  const choices = env().LOGIN_CHOICES;
  const providers = choices.filter((c) => c.kind === 'websso');
  const forms = choices.flatMap((c): FormChoice[] => (c.kind === 'websso' ? [] : [{ kind: c.kind, label: c.label }]));
  const clouds = configuredClouds().map((c) => c.label);
  // names come from configuration, never from the URL: an unknown cloud in it is just not chosen
  const chosenCloud = clouds.length > 1 ? findCloud(cloud)?.label : undefined;
  const ssoProblem = sso && sso !== 'unknown_cloud' && describeWebssoOutcome(sso, providers.find((p) => p.key === choice)?.label, chosenCloud);

  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <IrisLogo className="size-10" />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Iris</h1>
          <p className="text-sm text-slate-600">Images for your OpenStack cloud.</p>
        </div>
        {ssoProblem && (
          <Alert tone="error" className="mb-4" title={ssoProblem.title}>
            {ssoProblem.message}
          </Alert>
        )}
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
        <SignInCard
          providers={providers}
          forms={forms}
          next={nextPath}
          clouds={clouds}
          chosenCloud={chosenCloud}
          cloudError={sso === 'unknown_cloud' ? UNKNOWN_CLOUD : undefined}
        />
      </div>
    </main>
  );
}
