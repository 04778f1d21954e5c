import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';

interface ImagesErrorStateProps {
  message: string;
  /** Where "Try again" goes: the same view, or its first page when the marker is gone. */
  retryHref: string;
  retryLabel?: string;
}

/** Glance failed or is unreachable: say so in place of the table; the header and tabs keep working. */
export function ImagesErrorState({ message, retryHref, retryLabel = 'Try again' }: ImagesErrorStateProps) {
  return (
    <Alert tone="error" title="The images could not be loaded">
      <p>{message}</p>
      <Link href={retryHref} className={buttonClasses('secondary', 'sm', 'mt-3')} prefetch={false}>
        {retryLabel}
      </Link>
    </Alert>
  );
}
