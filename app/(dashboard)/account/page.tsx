import type { Metadata } from 'next';
import { SessionFacts } from '@/components/account/session-facts';
import { SignOutEverywhereForm } from '@/components/account/sign-out-everywhere-form';
import { ImageSection } from '@/components/images/shared/image-section';
import { PageHeader } from '@/components/layout/page-header';
import { offersCloudChoice } from '@/lib/auth/cloud-choice';
import { env } from '@/lib/env';
import { requireSession } from '@/lib/session';
import { lifetimeLimits } from '@/lib/session/sealed';
import { sessionHardEnd } from '@/lib/session/lifetime';

export const metadata: Metadata = { title: 'Your session' };

// Keystone ends all of a user's tokens only when their password changes (docs/security.md)
const NO_PASSWORD_TO_CHANGE = {
  websso: 'You signed in through your identity provider, so your account has no Keystone password, and only changing that password makes Keystone end every session. Sign out here, and sign out at your identity provider; ask your cloud operator to revoke your tokens if they may have leaked.',
  application_credential:
    'You signed in with an application credential. To end every session it opened, delete the credential (openstack application credential delete), which also stops it from signing in again.',
};

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
          cloud={offersCloudChoice() ? session.cloud.label : undefined}
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
        {session.signInMethod === 'websso' || session.signInMethod === 'application_credential' ? (
          <p className="text-sm text-slate-700">{NO_PASSWORD_TO_CHANGE[session.signInMethod]}</p>
        ) : (
          <SignOutEverywhereForm />
        )}
      </ImageSection>
    </div>
  );
}
