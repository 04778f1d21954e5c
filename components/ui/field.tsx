import { cn } from '@/lib/utils';

interface FieldProps {
  id: string;
  label: string;
  hint?: React.ReactNode;
  errors?: string[];
  className?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode;
}

/** Label, control, hint and inline errors, wired together for screen readers. */
export function Field({ id, label, hint, errors, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, 'aria-invalid': errorId ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** A field's inline errors, under the id its control names in aria-describedby. */
export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {errors.join(' ')}
    </p>
  );
}

const INPUT_LOOK =
  'block rounded-md border-0 bg-white px-3 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-500 disabled:bg-slate-100';

/** The input look with another width, vertical padding or text size (cn() does not drop a conflicting utility). */
export function inputClassesWith({ width = 'w-full', py = 'py-2', text = 'text-sm' }: { width?: string; py?: string; text?: string } = {}) {
  return `${INPUT_LOOK} ${width} ${py} ${text}`;
}

export const inputClasses = inputClassesWith();
