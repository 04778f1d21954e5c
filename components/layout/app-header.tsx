'use client';

import Link from 'next/link';
import type { SessionView } from '@/lib/session/schema';
import { cn } from '@/lib/utils';
import { CloudBadge } from './cloud-badge';
import { IrisLogo } from './iris-logo';
import { MainNav } from './main-nav';
import { PendingInvitationsLink } from './pending-invitations-link';
import { ProjectSwitcher } from './project-switcher';
import { UserMenu } from './user-menu';

/**
 * A client component: every page's RSC payload then carries the session view (a few names), not the
 * header's whole tree a second time beside its HTML (docs/benchmarks.md, issue 19).
 */
export function AppHeader({ session }: { session: SessionView }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      {/* wraps only on phones: there the cloud badge takes a line of its own, so a long cloud label never squeezes the project name */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 px-3 sm:flex-nowrap sm:gap-x-4 sm:px-6 lg:px-8">
        <Link href="/images" className="flex h-14 shrink-0 items-center gap-2 font-semibold tracking-tight">
          <IrisLogo />
          {/* the name gives way to the project switcher on phones; the logo still links home */}
          <span className="sr-only sm:not-sr-only">Iris</span>
        </Link>
        <MainNav isAdmin={session.isAdmin} />
        {session.cloud && (
          <div className="order-last mb-2 flex min-w-0 basis-full sm:order-none sm:mb-0 sm:ml-auto sm:basis-auto">
            <CloudBadge cloud={session.cloud} className="max-w-full sm:max-w-[14rem]" />
          </div>
        )}
        {/* on phones the project name gives way (truncated), never the page width; a zero basis so a long name shrinks on the first line instead of wrapping */}
        <div className={cn('ml-auto flex min-w-0 grow basis-0 items-center justify-end gap-2 sm:grow-0 sm:basis-auto', session.cloud && 'sm:ml-0')}>
          <PendingInvitationsLink projectId={session.project.id} />
          <ProjectSwitcher current={session.project} fixedScope={session.signInMethod === 'application_credential'} />
          <UserMenu user={session.user} isAdmin={session.isAdmin} />
        </div>
      </div>
    </header>
  );
}
