'use client';

import { Button } from '@/components/ui/button';
import { FieldErrors, inputClassesWith } from '@/components/ui/field';
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

const PARTS = {
  key: { name: FORM_NAMES.propertyKey, placeholder: 'hw_disk_bus', width: 'flex-1', maxLength: IMAGE_LIMITS.propertyKey + 10, list: 'property-keys' },
  value: { name: FORM_NAMES.propertyValue, placeholder: 'virtio', width: 'flex-[1.5]', maxLength: undefined, list: undefined },
} as const;

interface RowInputProps {
  part: keyof typeof PARTS;
  row: PropertyRow;
  index: number;
  errors?: string[];
  onChange: (text: string) => void;
}

/** The key or the value of one row, labelled by its place on screen (the value by its key too). */
function RowInput({ part, row, index, errors, onChange }: RowInputProps) {
  const id = `property-${index}-${part}`;
  const { width, ...input } = PARTS[part];
  return (
    <div className={cn('min-w-40', width)}>
      <label htmlFor={id} className="sr-only">
        Property {index + 1} {part}
        {part === 'value' && row.key ? ` (${row.key})` : ''}
      </label>
      <PropertyInput
        id={id}
        errors={errors}
        {...input}
        value={row[part]}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        className={`${inputClassesWith({ text: 'text-xs' })} font-mono`}
      />
    </div>
  );
}

/** Custom properties as key/value rows, posted as parallel `property_key` / `property_value` fields. */
export function ImagePropertiesEditor({ rows, onChange, errors = {} }: ImagePropertiesEditorProps) {
  const update = (rowId: number, patch: Partial<PropertyRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No custom properties.</p>
      ) : (
        <ul className="space-y-2" aria-label="Custom properties">
          {rows.map((row, index) => (
            // wraps on phones (key on its own line, then value and Remove) so placeholders stay readable
            <li key={row.rowId} className="flex flex-wrap items-start gap-2">
              {(['key', 'value'] as const).map((part) => (
                <RowInput key={part} part={part} row={row} index={index} errors={errors[`properties.${index}.${part}`]} onChange={(text) => update(row.rowId, { [part]: text })} />
              ))}
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
          ))}
        </ul>
      )}
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
