'use client';

import { useCloudChoice } from './cloud-choice';

interface WebssoButtonProps {
  choice: string;
  label: string;
  next: string;
}

/**
 * "Sign in with <provider>": a plain link (no prefetch), server-rendered so it works before
 * hydration; it names the cloud chosen above. The route redirects to that cloud's Keystone.
 */
export function WebssoButton({ choice, label, next }: WebssoButtonProps) {
  const { cloud } = useCloudChoice();
  const query = new URLSearchParams({ choice });
  if (cloud !== undefined) query.set('cloud', cloud);
  if (next !== '/images') query.set('next', next);
  return (
    <a href={`/auth/websso/start?${query}`} className="inline-flex h-10 w-full items-center justify-center gap-2 rounded-md bg-white px-5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 transition-colors ring-inset hover:bg-slate-50">
      Sign in with {label}
    </a>
  );
}
