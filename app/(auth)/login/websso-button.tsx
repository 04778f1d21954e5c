import { buttonClasses } from '@/components/ui/button';

interface WebssoButtonProps {
  choice: string;
  label: string;
  next: string;
}

/** "Sign in with <provider>": a plain link (no prefetch), so it works before hydration; the route redirects to Keystone. */
export function WebssoButton({ choice, label, next }: WebssoButtonProps) {
  const query = new URLSearchParams({ choice });
  if (next !== '/images') query.set('next', next);
  return (
    <a href={`/auth/websso/start?${query}`} className={buttonClasses('secondary', 'lg', 'w-full whitespace-normal text-sm')}>
      Sign in with {label}
    </a>
  );
}
