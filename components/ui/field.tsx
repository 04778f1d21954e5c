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

/**
 * A text input or select. Its look is one class (app/globals.css `.field-input`, with w-full, py-2 and
 * text-sm in the components layer), as the list's filter form repeats it; another width, padding or
 * text size is a utility beside it, which wins over the components layer.
 */
export function inputClassesWith({ width, py, text }: { width?: string; py?: string; text?: string } = {}) {
  return ['field-input', width, py, text].filter(Boolean).join(' ');
}

export const inputClasses = 'field-input';
