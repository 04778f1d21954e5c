import type { UsageInfo } from '@/lib/glance/schemas';
import { formatBytes } from '@/lib/utils';

/**
 * Glance's unified limits (GET /v2/info/usage) in words: what the Create page and the list header
 * show, and the checks an upload must pass before a byte is sent. Sizes come in MiB, as Glance
 * counts them (usage rounded down); a limit of -1 is unlimited.
 */
export const QUOTA_RESOURCES = [
  { key: 'image_size_total', label: 'Image storage', unit: 'MiB' },
  { key: 'image_count_total', label: 'Images', unit: 'count' },
  { key: 'image_stage_total', label: 'Staging area', unit: 'MiB' },
  { key: 'image_count_uploading', label: 'Uploads in progress', unit: 'count' },
] as const;

export type QuotaResource = (typeof QUOTA_RESOURCES)[number]['key'];

export interface QuotaLine {
  key: QuotaResource;
  label: string;
  unit: 'MiB' | 'count';
  used: number;
  /** null: unlimited */
  limit: number | null;
}

/** What Iris knows of the project's quota: the limits, none at all (Glance enforces none), or nothing (Glance would not say). */
export type ProjectQuota = { kind: 'limits'; lines: QuotaLine[] } | { kind: 'none' } | { kind: 'unknown'; reason: string };

const MIB = 1024 * 1024;

export function projectQuota(usage: UsageInfo): ProjectQuota {
  const lines = QUOTA_RESOURCES.flatMap(({ key, label, unit }): QuotaLine[] => {
    const entry = usage[key];
    if (!entry) return [];
    return [{ key, label, unit, used: entry.usage, limit: entry.limit < 0 ? null : entry.limit }];
  });
  return lines.length ? { kind: 'limits', lines } : { kind: 'none' };
}

/** "16.0 MiB of 40.0 MiB", "1 of 5", "3 (unlimited)". */
export function describeQuotaLine(line: QuotaLine): string {
  const amount = (value: number) => (line.unit === 'MiB' ? formatBytes(value * MIB) : String(value));
  return line.limit === null ? `${amount(line.used)} (no limit)` : `${amount(line.used)} of ${amount(line.limit)}`;
}

/** Share of the limit used, 0..1; undefined when unlimited. A limit of zero counts as full. */
export function quotaShare(line: QuotaLine): number | undefined {
  if (line.limit === null) return undefined;
  return line.limit === 0 ? 1 : Math.min(1, line.used / line.limit);
}

export interface PlannedUpload {
  bytes: number;
  /** glance-direct: the bytes also count against the staging area first */
  staged: boolean;
  /** the image record does not exist yet (Create): it counts as one more image */
  newRecord: boolean;
}

const ASK = 'Delete images this project no longer needs, or ask your cloud operator for a larger quota.';

/**
 * Why this upload would break the project's quota, with the numbers; undefined when it fits or
 * the quota is unknown (Glance still checks, and Iris maps its 413).
 */
export function uploadQuotaProblem(quota: ProjectQuota | undefined, upload: PlannedUpload, project: string): string | undefined {
  if (quota?.kind !== 'limits') return undefined;
  const line = (key: QuotaResource) => quota.lines.find((l) => l.key === key && l.limit !== null) as (QuotaLine & { limit: number }) | undefined;
  const fileMib = Math.ceil(upload.bytes / MIB);
  const file = formatBytes(upload.bytes);
  const mib = (value: number) => formatBytes(Math.max(0, value) * MIB);

  for (const key of ['image_size_total', ...(upload.staged ? (['image_stage_total'] as const) : [])] as const) {
    const l = line(key);
    if (!l) continue;
    const what = key === 'image_size_total' ? 'image storage' : 'staging area (where Glance keeps an upload until it imports it)';
    if (l.limit === 0) return `Project ${project} has a quota of zero for ${what}: it cannot store any image data. Ask your cloud operator for a quota.`;
    if (l.used + fileMib > l.limit) {
      return `This file is ${file}, but project ${project} has only ${mib(l.limit - l.used)} of its ${mib(l.limit)} ${what} left (${mib(l.used)} used). Nothing was sent. ${ASK}`;
    }
  }
  const count = line('image_count_total');
  if (upload.newRecord && count) {
    if (count.limit === 0) return `Project ${project} has a quota of zero images: it cannot create any. Ask your cloud operator for a quota.`;
    if (count.used + 1 > count.limit) return `Project ${project} already has ${count.used} of its ${count.limit} images. Nothing was created. ${ASK}`;
  }
  const uploading = line('image_count_uploading');
  if (uploading) {
    if (uploading.limit === 0) return `Project ${project} has a quota of zero uploads in progress: it cannot upload. Ask your cloud operator for a quota.`;
    if (uploading.used + 1 > uploading.limit) {
      return `Project ${project} already has ${uploading.used} of its ${uploading.limit} uploads in progress. Wait for one to finish, then try again.`;
    }
  }
  return undefined;
}
