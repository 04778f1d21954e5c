import { useId } from 'react';

interface CreateFormSectionProps {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}

/** One titled group of the Create Image form: heading on the left, fields on the right. */
export function CreateFormSection({ title, description, children }: CreateFormSectionProps) {
  const headingId = `section-${useId()}`;
  // a heading rather than <legend>: a legend must be the fieldset's first child, which the grid layout cannot keep
  return (
    <fieldset aria-labelledby={headingId} className="grid gap-x-8 gap-y-4 border-t border-slate-200 py-6 first:border-t-0 first:pt-0 md:grid-cols-[14rem_1fr]">
      <div>
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      <div className="min-w-0 space-y-4">{children}</div>
    </fieldset>
  );
}

/** Inline errors for one key of an ActionState's fieldErrors. */
export type FieldErrorsOf = (key: string) => string[] | undefined;
