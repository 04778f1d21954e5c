'use client';

import { Button } from '@/components/ui/button';
import { FieldErrors, inputClasses } from '@/components/ui/field';
import { FORM_NAMES, IMAGE_LIMITS } from '@/lib/images/image-fields';
import { cn } from '@/lib/utils';
import { PropertyInput } from './property-input';
import type { FieldErrors as FieldErrorMap } from '@/lib/action-state';

/** One custom property on screen; `rowId` keeps React's key stable while rows come and go. */
export interface PropertyRow {
  rowId: number;
  key: string;
  value: string;
}

interface ImagePropertiesEditorProps {
  rows: PropertyRow[];
  onChange: (rows: PropertyRow[]) => void;
  /** Keyed `properties.<row>.key|value` (rows by their place on screen) and `properties` for the list. */
  errors?: FieldErrorMap;
}

// Common Nova/Glance keys from the property-keys reference, offered as suggestions.
const COMMON_KEYS = ['hw_disk_bus', 'hw_scsi_model', 'hw_vif_model', 'hw_qemu_guest_agent', 'hw_firmware_type', 'hw_machine_type', 'os_type', 'os_admin_user', 'os_require_quiesce', 'img_config_drive'];

let nextRowId = 1_000_000;
export const blankPropertyRow = (): PropertyRow => ({ rowId: nextRowId++, key: '', value: '' });

/** Custom properties as key/value rows, posted as parallel `property_key` / `property_value` fields. */
export function ImagePropertiesEditor({ rows, onChange, errors = {} }: ImagePropertiesEditorProps) {
  const update = (rowId: number, patch: Partial<PropertyRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  const inputClass = cn(inputClasses, 'font-mono text-xs');
  return (
    <div className="space-y-2">
      {rows.length === 0 && <p className="text-sm text-slate-500">No custom properties.</p>}
      <ul className="space-y-2" aria-label="Custom properties">
        {rows.map((row, index) => {
          const ids = { key: `property-${index}-key`, value: `property-${index}-value` };
          return (
            // wraps on phones (key on its own line, then value and Remove) so placeholders stay readable
            <li key={row.rowId} className="flex flex-wrap items-start gap-2">
              <div className="min-w-40 flex-1">
                <label htmlFor={ids.key} className="sr-only">
                  Property {index + 1} key
                </label>
                <PropertyInput
                  id={ids.key}
                  errors={errors[`properties.${index}.key`]}
                  name={FORM_NAMES.propertyKey}
                  value={row.key}
                  maxLength={IMAGE_LIMITS.propertyKey + 10}
                  list="property-keys"
                  autoComplete="off"
                  placeholder="hw_disk_bus"
                  onChange={(event) => update(row.rowId, { key: event.target.value })}
                  className={inputClass}
                />
              </div>
              <div className="min-w-40 flex-[1.5]">
                <label htmlFor={ids.value} className="sr-only">
                  Property {index + 1} value{row.key ? ` (${row.key})` : ''}
                </label>
                <PropertyInput
                  id={ids.value}
                  errors={errors[`properties.${index}.value`]}
                  name={FORM_NAMES.propertyValue}
                  value={row.value}
                  autoComplete="off"
                  placeholder="virtio"
                  onChange={(event) => update(row.rowId, { value: event.target.value })}
                  className={inputClass}
                />
              </div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                className="mt-0.5"
                aria-label={`Remove property ${row.key || index + 1}`}
                onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <datalist id="property-keys">
        {COMMON_KEYS.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      <FieldErrors id={errors.properties?.length ? 'properties-error' : undefined} errors={errors.properties} />
      <Button type="button" variant="secondary" size="sm" onClick={() => onChange([...rows, blankPropertyRow()])}>
        Add property
      </Button>
    </div>
  );
}
