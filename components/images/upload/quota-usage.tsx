'use client';

import { describeQuotaLine, quotaShare, type ProjectQuota } from '@/lib/images/quota';
import { cn } from '@/lib/utils';

interface QuotaUsageProps {
  quota: ProjectQuota;
  project: string;
  /** one line (the list header) rather than a panel (the Create page) */
  compact?: boolean;
}

const toneOf = (share: number | undefined) => (share === undefined ? 'bg-slate-300' : share >= 1 ? 'bg-red-600' : share >= 0.8 ? 'bg-amber-500' : 'bg-brand-600');

/**
 * The project's Glance quota, used / limit per resource, from GET /v2/info/usage (lib/images/quota.ts).
 * A client component only so a page's RSC payload carries the four lines' numbers, not their markup too.
 */
export function QuotaUsage({ quota, project, compact }: QuotaUsageProps) {
  const title = `Quota of project ${project}`;
  if (quota.kind === 'none') {
    return (
      <p className="text-xs text-slate-600" data-testid="quota-usage">
        {title}: this cloud sets no image quotas (Glance enforces no limits).
      </p>
    );
  }
  if (quota.kind === 'unknown') {
    return (
      <p className="text-xs text-slate-600" data-testid="quota-usage">
        {title}: not known. {quota.reason} Glance still enforces its limits on upload.
      </p>
    );
  }
  return (
    <section aria-label={title} data-testid="quota-usage" className={cn(!compact && 'rounded-lg bg-white p-4 ring-1 ring-slate-200')}>
      <h2 className={cn('font-medium text-slate-900', compact ? 'sr-only' : 'mb-2 text-sm')}>{title}</h2>
      {/* .quota-lines: app/globals.css styles its lines, as the list's header repeats them (in HTML and RSC payload) */}
      <dl className={cn('quota-lines grid gap-x-6 gap-y-2 text-xs', compact ? 'grid-cols-2 sm:grid-cols-4' : 'grid-cols-1 sm:grid-cols-2')}>
        {quota.lines.map((line) => {
          const share = quotaShare(line);
          return (
            <div key={line.key}>
              <dt>{line.label}</dt>
              <dd>
                {describeQuotaLine(line)}
                <span aria-hidden="true">
                  <span className={toneOf(share)} style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
