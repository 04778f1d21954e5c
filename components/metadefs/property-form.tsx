'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { echoedValue, idle, type ActionState } from '@/lib/action-state';
import { METADEF_FORM_TYPES, METADEF_LIMITS } from '@/lib/admin/metadefs';
import { saveProperty } from './actions';
import { FormAlert } from './form-alert';
import { namespaceHref } from './links';

const TYPE_LABEL: Record<(typeof METADEF_FORM_TYPES)[number], string> = {
  string: 'Text',
  integer: 'Whole number',
  number: 'Number',
  boolean: 'Yes / no',
  array: 'List',
};

/** Add a property to a namespace, or edit one (`previousName`: renaming is allowed). */
export function PropertyForm({ namespace, previousName, initial }: { namespace: string; previousName: string | null; initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState<ActionState<unknown>, FormData>(saveProperty.bind(null, namespace, previousName), idle);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const value = (key: string) => echoedValue(state, key, initial[key] ?? '');
  const [type, setType] = useState(value('type') || 'string');
  const numeric = type === 'integer' || type === 'number';
  return (
    <form action={formAction} className="max-w-2xl space-y-5" key={state.status === 'error' ? JSON.stringify(state.values) : 'form'} noValidate>
      <FormAlert state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="prop-name" label="Name" errors={errors.name} hint="As stored in the namespace, without its prefix.">
          {(props) => <input {...props} name="name" defaultValue={value('name')} maxLength={METADEF_LIMITS.propertyName + 10} className={`${inputClasses} font-mono`} autoComplete="off" />}
        </Field>
        <Field id="prop-title" label="Title" errors={errors.title} hint="The field's label in Create and Edit.">
          {(props) => <input {...props} name="title" defaultValue={value('title')} className={inputClasses} />}
        </Field>
      </div>
      <Field id="prop-description" label="Description" errors={errors.description}>
        {(props) => <textarea {...props} name="description" rows={2} defaultValue={value('description')} className={inputClasses} />}
      </Field>
      <Field id="prop-type" label="Type" errors={errors.type}>
        {(props) => (
          <select {...props} name="type" value={type} onChange={(event) => setType(event.target.value)} className={inputClasses}>
            {METADEF_FORM_TYPES.map((option) => (
              <option key={option} value={option}>
                {TYPE_LABEL[option]} ({option})
              </option>
            ))}
          </select>
        )}
      </Field>
      {type !== 'boolean' && (
        <Field id="prop-enum" label={type === 'array' ? 'Allowed items (optional)' : 'Choices (optional)'} errors={errors.enum} hint="One per line. With choices, users pick from a list.">
          {(props) => <textarea {...props} name="enum" rows={4} defaultValue={value('enum')} className={`${inputClasses} font-mono`} />}
        </Field>
      )}
      {numeric && (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="prop-minimum" label="Minimum (optional)" errors={errors.minimum}>
            {(props) => <input {...props} name="minimum" inputMode="decimal" defaultValue={value('minimum')} className={inputClasses} />}
          </Field>
          <Field id="prop-maximum" label="Maximum (optional)" errors={errors.maximum}>
            {(props) => <input {...props} name="maximum" inputMode="decimal" defaultValue={value('maximum')} className={inputClasses} />}
          </Field>
        </div>
      )}
      {type === 'string' && (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="prop-pattern" label="Pattern (optional)" errors={errors.pattern} hint="A regular expression values must match.">
            {(props) => <input {...props} name="pattern" defaultValue={value('pattern')} className={`${inputClasses} font-mono`} autoComplete="off" />}
          </Field>
          <Field id="prop-max-length" label="Maximum length (optional)" errors={errors.maxLength}>
            {(props) => <input {...props} name="maxLength" inputMode="numeric" defaultValue={value('maxLength')} className={inputClasses} />}
          </Field>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {previousName === null ? 'Add property' : 'Save property'}
        </Button>
        <Link href={namespaceHref(namespace)} className="inline-flex h-9 items-center px-3 text-sm font-medium text-slate-700 hover:underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
