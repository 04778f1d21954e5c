import Link from 'next/link';
import type { SessionView } from '@/lib/session/schema';
import { CloudBadge } from './cloud-badge';
import { IrisLogo } from './iris-logo';
import { MainNav } from './main-nav';
import { PendingInvitationsLink } from './pending-invitations-link';
import { ProjectSwitcher } from './project-switcher';
import { UserMenu } from './user-menu';

export function AppHeader({ session }: { session: SessionView }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-3 sm:gap-4 sm:px-6 lg:px-8">
        <Link href="/images" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <IrisLogo />
          {/* the name gives way to the project switcher on phones; the logo still links home */}
          <span className="sr-only sm:not-sr-only">Iris</span>
        </Link>
        <MainNav isAdmin={session.isAdmin} />
        {/* on phones the project name gives way (truncated), never the page width */}
        <div className="ml-auto flex min-w-0 items-center gap-2">
          <PendingInvitationsLink projectId={session.project.id} />
          {session.cloud && <CloudBadge cloud={session.cloud} />}
          <ProjectSwitcher current={session.project} fixedScope={session.signInMethod === 'application_credential'} />
          <UserMenu user={session.user} isAdmin={session.isAdmin} />
        </div>
      </div>
    </header>
  );
}
