import type { Metadata } from 'next';
import { SessionFacts } from '@/components/account/session-facts';
import { SignOutEverywhereForm } from '@/components/account/sign-out-everywhere-form';
import { ImageSection } from '@/components/images/image-section';
import { PageHeader } from '@/components/layout/page-header';
import { env } from '@/lib/env';
import { requireSession } from '@/lib/session';
import { lifetimeLimits } from '@/lib/session/sealed';
import { sessionHardEnd } from '@/lib/session/lifetime';

export const metadata: Metadata = { title: 'Your session' };

export default async function AccountPage() {
  const session = await requireSession();
  const limits = lifetimeLimits();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title="Your session" description="Who you are signed in as, how long this session lasts, and how to end every session of your account." />
      <ImageSection id="session" title="This session">
        <SessionFacts
          user={session.user}
          project={session.project.name}
          roles={session.roles}
          signedInAt={new Date(session.issuedAt).toISOString()}
          endsAt={new Date(sessionHardEnd(session, limits)).toISOString()}
          idleSeconds={env().SESSION_IDLE_TIMEOUT_SECONDS}
        />
      </ImageSection>
      <ImageSection
        id="everywhere"
        title="Sign out everywhere"
        tone="danger"
        description="For a session left open on another computer, or a password that may have leaked."
      >
        <SignOutEverywhereForm />
      </ImageSection>
    </div>
  );
}
