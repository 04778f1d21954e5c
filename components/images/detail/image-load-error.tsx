import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { describeOpenStackError } from '@/lib/action-state';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';

/** The message for a page whose image could not be read from Glance; rethrows anything else. */
export function loadFailureMessage(error: unknown): string {
  if (error instanceof OpenStackError || error instanceof OpenStackUnavailableError) return describeOpenStackError(error).message;
  throw error;
}

/** In place of an image page whose data could not be read: which service failed, and a way to try again. */
export function ImageLoadError({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg bg-white px-6 py-12 text-center shadow-sm ring-1 ring-red-200">
      <h1 className="text-lg font-semibold text-slate-900">This image could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-600">{message}</p>
      <div className="mt-6 flex justify-center gap-2">
        <Link href={retryHref} className={buttonClasses('primary')} prefetch={false}>
          Try again
        </Link>
        <Link href="/images" className={buttonClasses('secondary')}>
          Back to images
        </Link>
      </div>
    </div>
  );
}
