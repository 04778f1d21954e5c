import { signOut } from '@/app/(auth)/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

export function UserMenu({ user, isAdmin }: { user: { name: string; domain: string }; isAdmin: boolean }) {
  return (
    <div className="flex shrink-0 items-center gap-3">
      <span className="hidden text-sm text-slate-600 sm:inline" title={`Domain ${user.domain}`}>
        <span className="font-medium text-slate-900" data-testid="current-user">
          {user.name}
        </span>
        {isAdmin && (
          <Badge tone="violet" className="ml-2">
            admin
          </Badge>
        )}
      </span>
      <form action={signOut}>
        <Button type="submit" variant="ghost" size="sm">
          Sign out
        </Button>
      </form>
    </div>
  );
}
