'use client';

import { buttonClasses } from '@/components/ui/button';
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
    <a href={`/auth/websso/start?${query}`} className={buttonClasses('secondary', 'lg', 'w-full whitespace-normal text-sm')}>
      Sign in with {label}
    </a>
  );
}
