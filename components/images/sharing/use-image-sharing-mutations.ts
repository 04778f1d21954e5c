'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toast';
import { addImageMember, removeImageMember, type AddedMember } from './actions';
import type { ActionState } from '@/lib/action-state';
import { imageMembersKey } from '@/lib/query/image-members';
import { withConfirmedMember, withOptimisticMember, withoutMember, type MembersResponse } from '@/lib/images/sharing/members';

type ActionFailure = Extract<ActionState, { status: 'error' }>;

/** Thrown by a mutationFn when the server action answered an error, so onError rolls back. */
export class ActionFailedError extends Error {
  constructor(readonly state: ActionFailure) {
    super(state.message);
  }
}

export interface AddVariables {
  input: string;
  makeShared: boolean;
  /** What the row shows until the server answers: a known project, a typed ID, or the typed name. */
  preview: { projectId: string; name: string | null };
}

function useMembersCache(imageId: string) {
  const client = useQueryClient();
  const key = imageMembersKey(imageId);
  return {
    key,
    async snapshot() {
      await client.cancelQueries({ queryKey: key });
      return client.getQueryData<MembersResponse>(key);
    },
    set: (update: (data: MembersResponse) => MembersResponse) =>
      client.setQueryData<MembersResponse>(key, (data) => (data ? update(data) : data)),
    restore: (data: MembersResponse | undefined) => data && client.setQueryData(key, data),
    invalidate: () => client.invalidateQueries({ queryKey: key }),
  };
}

/** Add a member with an optimistic pending row that disappears again if Glance refuses. */
export function useAddMember(imageId: string, onAdded: (result: AddedMember & { message?: string }) => void) {
  const cache = useMembersCache(imageId);
  const router = useRouter();
  return useMutation({
    mutationFn: async (vars: AddVariables) => {
      const result = await addImageMember(imageId, vars.input, { makeShared: vars.makeShared });
      if (result.status !== 'success' || !result.data) throw new ActionFailedError(result.status === 'error' ? result : { status: 'error', code: 'upstream', message: 'No answer.' });
      return { ...result.data, message: result.message };
    },
    onMutate: async (vars) => {
      const previous = await cache.snapshot();
      cache.set((data) => withOptimisticMember(data, vars.preview, new Date().toISOString()));
      return { previous };
    },
    onError: (_error, _vars, context) => cache.restore(context?.previous),
    onSuccess: (result, vars) => {
      cache.set((data) => withConfirmedMember(data, vars.preview.projectId, result.member));
      if (result.madeShared) router.refresh();
      onAdded(result);
    },
    onSettled: () => cache.invalidate(),
  });
}

/** Remove a member at once; put the row back and say why if Glance refuses. */
export function useRemoveMember(imageId: string) {
  const cache = useMembersCache(imageId);
  return useMutation({
    mutationFn: async (projectId: string) => {
      const result = await removeImageMember(imageId, projectId);
      if (result.status === 'error') throw new ActionFailedError(result);
      return result.status === 'success' ? result.message : undefined;
    },
    onMutate: async (projectId) => {
      const previous = await cache.snapshot();
      cache.set((data) => withoutMember(data, projectId));
      return { previous };
    },
    onError: (error, _projectId, context) => {
      cache.restore(context?.previous);
      toast.error(error.message);
    },
    onSuccess: (message) => toast.success(message ?? 'Member removed.'),
    onSettled: () => cache.invalidate(),
  });
}
