import { Field, inputClasses } from '@/components/ui/field';
import { FIELD_LABELS, FIELD_UNITS, IMAGE_LIMITS } from '@/lib/images/image-fields';

type TextField = 'name' | 'description' | 'architecture' | 'os_distro' | 'os_version' | 'min_disk' | 'min_ram';

// Values from the Glance property-keys reference (python-glanceclient docs); free text is allowed too.
const ARCHITECTURES = ['x86_64', 'aarch64', 'ppc64le', 's390x', 'riscv64', 'i686', 'armv7l'];
const DISTROS = ['almalinux', 'arch', 'centos', 'cirros', 'debian', 'fedora', 'freebsd', 'gentoo', 'netbsd', 'openbsd', 'opensuse', 'rhel', 'rocky', 'sles', 'ubuntu', 'windows'];

/** How each shared field looks and what it says, beyond its label (FIELD_LABELS, with its unit). */
const SPECS: Record<TextField, { hint?: string; placeholder?: string; suggestions?: string[]; numeric?: true; multiline?: true }> = {
  name: { hint: `Up to ${IMAGE_LIMITS.name} characters.` },
  description: { multiline: true },
  architecture: { placeholder: 'x86_64', suggestions: ARCHITECTURES },
  os_distro: { placeholder: 'ubuntu', hint: 'Lowercase name, as Nova expects (ubuntu, debian, windows…).', suggestions: DISTROS },
  os_version: { placeholder: '24.04' },
  min_disk: { numeric: true, placeholder: '0', hint: 'Smallest root disk that fits the image. 0: no minimum.' },
  min_ram: { numeric: true, placeholder: '0', hint: '0: no minimum.' },
};

export function metadataLabel(field: TextField): string {
  const unit = (FIELD_UNITS as Partial<Record<TextField, string>>)[field];
  return unit ? `${FIELD_LABELS[field]} (${unit})` : FIELD_LABELS[field];
}

/** What the form holds for the field: nothing (the input keeps it), or a value and its setter. */
export interface MetadataControl {
  value?: string;
  onChange?: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  ref?: React.Ref<HTMLInputElement>;
}

interface MetadataFieldProps {
  field: TextField;
  errors?: string[];
  className?: string;
  control?: MetadataControl;
}

/** One shared metadata field (label, hint, suggestions, posted name), the same in Create and Edit. */
export function MetadataField({ field, errors, className, control = {} }: MetadataFieldProps) {
  const spec = SPECS[field];
  const listId = spec.suggestions ? `${field}-suggestions` : undefined;
  const { ref, ...held } = control;
  return (
    <Field id={field} label={metadataLabel(field)} hint={spec.hint} errors={errors} className={className}>
      {(props) =>
        spec.multiline ? (
          <textarea {...props} {...held} name={field} rows={3} className={inputClasses} />
        ) : (
          <>
            <input
              {...props}
              {...held}
              ref={ref}
              name={field}
              list={listId}
              inputMode={spec.numeric ? 'numeric' : undefined}
              placeholder={spec.placeholder}
              maxLength={field === 'name' ? IMAGE_LIMITS.name + 10 : undefined}
              autoComplete="off"
              className={inputClasses}
            />
            {spec.suggestions && (
              <datalist id={listId}>
                {spec.suggestions.map((value) => (
                  <option key={value} value={value} />
                ))}
              </datalist>
            )}
          </>
        )
      }
    </Field>
  );
}

/** The Protected checkbox with what it means; controlled when `checked` is given. */
export function ProtectedField({ checked, onChange }: { checked?: boolean; onChange?: (checked: boolean) => void }) {
  return (
    <div className="flex items-start gap-3">
      <input
        id="protected"
        name="protected"
        type="checkbox"
        checked={checked}
        onChange={onChange && ((event) => onChange(event.target.checked))}
        className="mt-1 size-4 accent-brand-600"
        aria-describedby="protected-hint"
      />
      <div>
        <label htmlFor="protected" className="block text-sm font-medium text-slate-900">
          {FIELD_LABELS.protected}
        </label>
        <p id="protected-hint" className="text-xs text-slate-600">
          Nobody can delete a protected image until the protection is removed.
        </p>
      </div>
    </div>
  );
}
