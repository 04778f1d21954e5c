import { cn } from '@/lib/utils';

/** Tones of a badge: one class each in app/globals.css (`.badge-<tone>`, which draws the badge too), short because lists repeat them per row. */
export const BADGE_TONES = {
  gray: 'badge-gray',
  green: 'badge-green',
  blue: 'badge-blue',
  amber: 'badge-amber',
  red: 'badge-red',
  violet: 'badge-violet',
} as const;

export function Badge({ tone = 'gray', className, children }: { tone?: keyof typeof BADGE_TONES; className?: string; children: React.ReactNode }) {
  return (
    <span className={cn(BADGE_TONES[tone], className)}>
      {children}
    </span>
  );
}
