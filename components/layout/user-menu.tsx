import Link from 'next/link';
import { signOut } from '@/components/auth/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

export function UserMenu({ user, isAdmin }: { user: { name: string; domain: string }; isAdmin: boolean }) {
  return (
    <div className="flex shrink-0 items-center gap-1 sm:gap-3">
      <Link
        href="/account"
        className="inline-flex h-8 items-center rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100"
        title={`Domain ${user.domain}: your session, sign out everywhere`}
      >
        <span aria-hidden="true" className="sm:hidden">
          <svg viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0H3Z" />
          </svg>
        </span>
        <span className="sr-only sm:not-sr-only font-medium text-slate-900" data-testid="current-user">
          {user.name}
        </span>
        <span className="sr-only">: your session</span>
        {isAdmin && (
          <Badge tone="violet" className="ml-2 hidden sm:inline-flex">
            admin
          </Badge>
        )}
      </Link>
      <form action={signOut}>
        <Button type="submit" variant="ghost" size="sm">
          Sign out
        </Button>
      </form>
    </div>
  );
}
