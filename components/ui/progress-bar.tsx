import { cn } from '@/lib/utils';

interface ProgressBarProps {
  /** 0…1; undefined draws an indeterminate bar. */
  value?: number;
  label: string;
  valueText?: string;
  tone?: 'brand' | 'green' | 'red';
  /** a Tailwind height class; the bar is h-2 unless told */
  height?: string;
  className?: string;
}

const TONES = { brand: 'bg-brand-600', green: 'bg-emerald-600', red: 'bg-red-600' } as const;

export function ProgressBar({ value, label, valueText, tone = 'brand', height = 'h-2', className }: ProgressBarProps) {
  const percent = value === undefined ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className={cn('w-full overflow-hidden rounded-full bg-slate-200', height, className)}
    >
      <div
        className={cn('h-full rounded-full transition-[width] duration-200 ease-out', TONES[tone], percent === undefined && 'w-1/3 animate-pulse')}
        style={percent === undefined ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
