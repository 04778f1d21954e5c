import { buttonClasses } from '@/components/ui/button';

interface WebssoButtonProps {
  choice: string;
  label: string;
  next: string;
}

/**
 * "Sign in with <provider>": a plain form POST (it works before hydration), so only a page of
 * Iris can start a WebSSO sign-in; the route answers with the redirect to Keystone.
 */
export function WebssoButton({ choice, label, next }: WebssoButtonProps) {
  return (
    <form method="post" action="/auth/websso/start">
      <input type="hidden" name="choice" value={choice} />
      <input type="hidden" name="next" value={next} />
      <button type="submit" className={buttonClasses('secondary', 'lg', 'w-full whitespace-normal text-sm')}>
        Sign in with {label}
      </button>
    </form>
  );
}
