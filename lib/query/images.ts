import { queryOptions } from '@tanstack/react-query';
import type { Image } from '@/lib/glance/schemas';
import { parseEmptyRecords, parseImage, parseImageStatuses, parseInvitationCount, type EmptyRecords, type InvitationCount } from './shapes';

export type { EmptyRecords, InvitationCount };

export class ImageGoneError extends Error {}

async function fetchImage(id: string): Promise<Image> {
  const res = await fetch(`/api/images/${encodeURIComponent(id)}`, { cache: 'no-store' });
  if (res.status === 404) throw new ImageGoneError('This image no longer exists.');
  if (!res.ok) throw new Error(`Could not refresh the image (${res.status}).`);
  return parseImage(await res.json());
}

/** Query for one image, through the session-checked route handler (never a server action). */
export function imageQueryOptions(id: string) {
  return queryOptions({ queryKey: ['images', id], queryFn: () => fetchImage(id) });
}

async function fetchImageStatuses(ids: string[]): Promise<Image[]> {
  const res = await fetch(`/api/images/statuses?ids=${ids.map(encodeURIComponent).join(',')}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`Could not refresh the statuses (${res.status}).`);
  return parseImageStatuses(await res.json());
}

/** Current records of several images in one request (the list's live status). */
export function imageStatusesQueryOptions(ids: string[]) {
  return queryOptions({ queryKey: ['images', 'statuses', ids.join(',')], queryFn: () => fetchImageStatuses(ids), staleTime: 0 });
}

async function fetchInvitationCount(): Promise<InvitationCount> {
  const res = await fetch('/api/images/invitations', { cache: 'no-store' });
  if (!res.ok) throw new Error(`Could not count the invitations (${res.status}).`);
  return parseInvitationCount(await res.json());
}

/** Pending share invitations of the current project; invalidate ['invitations'] after answering one. */
export function invitationCountQueryOptions(projectId: string) {
  return queryOptions({ queryKey: ['invitations', projectId], queryFn: fetchInvitationCount, staleTime: 60_000 });
}

async function fetchEmptyRecords(): Promise<EmptyRecords> {
  const res = await fetch('/api/images/empty-records', { cache: 'no-store' });
  if (!res.ok) throw new Error(`Could not list the images without data (${res.status}).`);
  return parseEmptyRecords(await res.json());
}

/** The current project's images without data; invalidate ['images', 'empty-records'] after deleting images. */
export const emptyRecordsKey = ['images', 'empty-records'] as const;
export function emptyRecordsQueryOptions(projectId: string) {
  return queryOptions({ queryKey: [...emptyRecordsKey, projectId], queryFn: fetchEmptyRecords, staleTime: 0 });
}
