import type { ReviewCheck } from '@/lib/admin/review';
import { cn } from '@/lib/utils';

/** The light-weight test list; only required checks block publication. */
export function ReviewChecklist({ checks }: { checks: ReviewCheck[] }) {
  return (
    <ul aria-label="Review checks" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {checks.map((check) => (
        <li key={check.id} className={cn(check.passed ? 'text-emerald-700' : check.required ? 'font-medium text-red-700' : 'text-amber-800')}>
          <span aria-hidden="true">{check.passed ? '✓' : check.required ? '✕' : '!'}</span>{' '}
          {check.label}
          <span className="sr-only">{check.passed ? ': passed' : check.required ? ': failed, blocks publishing' : ': missing (advice)'}</span>
        </li>
      ))}
    </ul>
  );
}
