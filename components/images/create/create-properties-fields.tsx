'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { parseTags } from '@/lib/images/create-schema';
import { PROPERTY_ROW_NAMES } from '@/lib/images/image-fields';
import { PropertyInput } from '@/components/images/form/property-input';
import { cn } from '@/lib/utils';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';

// Common Nova/Glance keys from the property-keys reference, offered as suggestions.
const COMMON_KEYS = ['hw_disk_bus', 'hw_scsi_model', 'hw_vif_model', 'hw_qemu_guest_agent', 'hw_firmware_type', 'hw_machine_type', 'os_type', 'os_admin_user', 'os_require_quiesce', 'img_config_drive'];

function TagsField({ errors }: { errors: FieldErrorsOf }) {
  const [raw, setRaw] = useState('');
  const tags = parseTags(raw);
  return (
    <Field id="tags" label="Tags" errors={errors('tags')} hint="Separate tags with commas.">
      {(p) => (
        <div className="space-y-2">
          <input {...p} name="tags" value={raw} onChange={(e) => setRaw(e.target.value)} autoComplete="off" placeholder="lts, cloud-init" className={inputClasses} />
          {tags.length > 0 && (
            <ul aria-label="Tags to add" className="flex flex-wrap gap-1.5">
              {tags.map((tag) => (
                <li key={tag} className="max-w-60 truncate rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 ring-1 ring-slate-200">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}

function PropertyRow({ index, onRemove, errors }: { index: number; onRemove: () => void; errors: FieldErrorsOf }) {
  const keyErrors = errors(`properties.${index}.key`);
  const valueErrors = errors(`properties.${index}.value`);
  const ids = { key: `prop-key-${index}`, value: `prop-value-${index}` };
  return (
    // wraps on phones (name on its own line, then value and Remove) so placeholders stay readable
    <li className="flex flex-wrap items-start gap-2">
      <div className="min-w-40 flex-1">
        <PropertyInput
          id={ids.key}
          errors={keyErrors}
          name={PROPERTY_ROW_NAMES.key}
          aria-label={`Property ${index + 1} name`}
          list="property-keys"
          autoComplete="off"
          placeholder="hw_disk_bus"
          className={cn(inputClasses, 'font-mono text-xs')}
        />
      </div>
      <div className="min-w-40 flex-1">
        <PropertyInput
          id={ids.value}
          errors={valueErrors}
          name={PROPERTY_ROW_NAMES.value}
          aria-label={`Property ${index + 1} value`}
          autoComplete="off"
          placeholder="virtio"
          className={cn(inputClasses, 'font-mono text-xs')}
        />
      </div>
      <Button type="button" variant="ghost" size="sm" className="mt-0.5" onClick={onRemove} aria-label={`Remove property ${index + 1}`}>
        Remove
      </Button>
    </li>
  );
}

/** Tags and free-form key/value properties (Glance stores both on the image). */
export function CreatePropertiesFields({ errors, minRows = 1 }: { errors: FieldErrorsOf; minRows?: number }) {
  const nextId = useRef(1);
  const [rows, setRows] = useState<number[]>([0]);
  // a restored draft may need more rows than the one we start with
  if (rows.length < minRows) setRows((current) => [...current, ...Array.from({ length: minRows - current.length }, () => nextId.current++)]);
  const listErrors = errors('properties');
  return (
    <CreateFormSection title="Tags and properties" description="Tags help filtering. Properties tell Nova how to boot the image (hw_*, os_*).">
      <TagsField errors={errors} />
      <div className="space-y-2">
        <span className="block text-sm font-medium text-slate-800">Custom properties</span>
        <ul className="space-y-2" aria-label="Custom properties">
          {rows.map((rowId, index) => (
            <PropertyRow key={rowId} index={index} errors={errors} onRemove={() => setRows((current) => current.filter((id) => id !== rowId))} />
          ))}
        </ul>
        <datalist id="property-keys">
          {COMMON_KEYS.map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
        {listErrors && <p className="text-sm text-red-700">{listErrors.join(' ')}</p>}
        <Button type="button" variant="secondary" size="sm" onClick={() => setRows((current) => [...current, nextId.current++])}>
          Add property
        </Button>
      </div>
    </CreateFormSection>
  );
}
