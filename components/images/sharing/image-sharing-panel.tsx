'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Visibility } from '@/lib/glance/constants';
import type { ProjectSummary } from '@/lib/keystone/resolve-project';
import { imageMembersQueryOptions } from '@/lib/query/image-members';
import { cli } from '@/lib/images/cli';
import type { MembersResponse } from '@/lib/images/sharing/members';
import { ImageSharingAbout } from './image-sharing-about';
import { ImageSharingAddForm } from './image-sharing-add-form';
import { ImageSharingCli } from './image-sharing-cli';
import { ImageSharingMemberTable } from './image-sharing-member-table';
import { useRemoveMember } from './use-image-sharing-mutations';

interface PanelProps {
  imageId: string;
  initial: MembersResponse;
  knownProjects: ProjectSummary[];
  canListProjects: boolean;
}

// Pending invitations change when another project answers; look again while any is open.
const PENDING_POLL_MS = 10_000;

const NOT_SHARED: Record<Exclude<Visibility, 'shared'>, string> = {
  private: 'This image is private. Only shared images have member projects: adding one switches it to Shared first. Nothing else changes for your project.',
  community:
    'This image is a community image: any project can use it today. Adding a member switches it to Shared, and then only your project and its member projects can use it.',
  public: 'This image is public: every project sees it. Adding a member switches it to Shared, and then only your project and its member projects see it.',
};

/** Owner side of sharing: member projects, add and remove, with the CLI equivalent. */
export function ImageSharingPanel({ imageId, initial, knownProjects, canListProjects }: PanelProps) {
  const query = useQuery({
    ...imageMembersQueryOptions(imageId),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.members.some((m) => m.status === 'pending' && !m.optimistic) ? PENDING_POLL_MS : false),
  });
  const remove = useRemoveMember(imageId);
  // Only a refresh the owner asked for shows a spinner; background polling stays quiet.
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => {
    setRefreshing(true);
    query.refetch().finally(() => setRefreshing(false));
  };
  const { visibility, members } = query.data;
  const example = members.find((m) => !m.optimistic)?.projectId ?? '<project-id>';

  return (
    <div className="grid items-start gap-6 lg:grid-cols-3">
      <section aria-labelledby="members-heading" className="min-w-0 space-y-5 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:col-span-2">
        <div className="flex items-center justify-between gap-3">
          <div>
            <h2 id="members-heading" className="text-base font-semibold text-slate-900">
              Member projects <span className="ml-1 text-sm font-normal text-slate-500">({members.length})</span>
            </h2>
            <p className="text-sm text-slate-600">Projects you add can use this image; it appears in their lists once they accept.</p>
          </div>
          <Button variant="secondary" size="sm" onClick={refresh} pending={refreshing}>
            Refresh
          </Button>
        </div>
        {visibility !== 'shared' && (
          <Alert tone="warning" title="Not shared yet">
            {NOT_SHARED[visibility]}
          </Alert>
        )}
        {query.isError && <Alert tone="error">{query.error.message}</Alert>}
        <ImageSharingAddForm
          imageId={imageId}
          visibility={visibility}
          members={members}
          knownProjects={knownProjects}
          canListProjects={canListProjects}
        />
        <ImageSharingMemberTable members={members} onRemove={(member) => remove.mutate(member.projectId)} />
      </section>
      <aside className="min-w-0 space-y-6">
        <ImageSharingAbout />
        <ImageSharingCli
          commands={[
            ...(visibility === 'shared' ? [] : [{ label: 'Allow sharing', command: cli.makeShared(imageId) }]),
            { label: 'Add a project', command: cli.addProject(imageId, example) },
            { label: 'List member projects', command: cli.listMembers(imageId) },
            { label: 'Remove a project', command: cli.removeProject(imageId, example) },
          ]}
        />
      </aside>
    </div>
  );
}
