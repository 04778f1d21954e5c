import { ProtectedField } from '@/components/images/form/metadata-field';
import { VISIBILITY_HELP } from '@/lib/glance/constants';
import type { CreateImageOptions } from '@/lib/images/create-options';
import { cn } from '@/lib/utils';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';

const LABELS = { private: 'Private', shared: 'Shared', community: 'Community', public: 'Public' } as const;

/** Visibility (public only for those who may publicize) and protection. */
export function CreateAccessFields({ options, errors }: { options: CreateImageOptions; errors: FieldErrorsOf }) {
  const visibilityErrors = errors('visibility');
  return (
    <CreateFormSection title="Access" description="Who can see and use the image. You can change this later.">
      <div role="radiogroup" aria-label="Visibility" aria-describedby={visibilityErrors ? 'visibility-error' : undefined} className="grid gap-2 sm:grid-cols-2">
        {options.visibilities.map((value, index) => (
          <label
            key={value}
            className={cn(
              'flex cursor-pointer gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
              'has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
            )}
          >
            <input type="radio" name="visibility" value={value} defaultChecked={index === 0} className="mt-1 accent-brand-600" />
            <span>
              <span className="block text-sm font-medium text-slate-900">{LABELS[value]}</span>
              <span className="block text-xs text-slate-600">{VISIBILITY_HELP[value]}</span>
            </span>
          </label>
        ))}
      </div>
      {!options.canPublicize && <p className="text-xs text-slate-600">Public images are published by cloud administrators; Community lets every project use yours.</p>}
      {visibilityErrors && (
        <p id="visibility-error" className="text-sm text-red-700">
          {visibilityErrors.join(' ')}
        </p>
      )}
      <ProtectedField />
    </CreateFormSection>
  );
}
