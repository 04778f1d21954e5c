'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { echoedValue, idle, type ActionState } from '@/lib/action-state';
import { METADEF_LIMITS } from '@/lib/admin/metadefs';
import { createNamespace, updateNamespace } from './actions';
import { FormAlert } from './form-alert';
import { METADEFS_HREF, namespaceHref } from './links';

export interface NamespaceFormValues {
  namespace: string;
  display_name: string;
  description: string;
  visibility: 'public' | 'private';
  protected: boolean;
}

const BLANK: NamespaceFormValues = { namespace: '', display_name: '', description: '', visibility: 'private', protected: false };

/** Create a namespace (with its image prefix), or edit one (its name stays). */
export function NamespaceForm({ initial }: { initial?: NamespaceFormValues }) {
  const editing = !!initial;
  const action = editing ? updateNamespace.bind(null, initial.namespace) : createNamespace;
  const [state, formAction, pending] = useActionState<ActionState<unknown>, FormData>(action, idle);
  const start = initial ?? BLANK;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const startValues: Record<string, string> = { ...start, protected: String(start.protected), image_prefix: '' };
  const value = (key: string) => echoedValue(state, key, startValues[key] ?? '');
  const visibility = value('visibility');
  const protectedChecked = state.status === 'error' && state.values ? state.values.protected === 'on' : start.protected;
  return (
    // the key remounts the inputs with the echoed values after a refusal
    <form action={formAction} className="max-w-2xl space-y-5" key={state.status === 'error' ? JSON.stringify(state.values) : 'form'} noValidate>
      <FormAlert state={state} />
      {!editing && (
        <Field id="ns-name" label="Namespace" errors={errors.namespace} hint="Unique, e.g. OS::Compute::Example or Example::Images. It cannot be changed later.">
          {(props) => <input {...props} name="namespace" defaultValue={value('namespace')} maxLength={METADEF_LIMITS.namespace + 10} className={`${inputClasses} font-mono`} autoComplete="off" />}
        </Field>
      )}
      <Field id="ns-display-name" label="Display name" errors={errors.display_name} hint="The group title users see in Create and Edit.">
        {(props) => <input {...props} name="display_name" defaultValue={value('display_name')} maxLength={METADEF_LIMITS.displayName + 10} className={inputClasses} />}
      </Field>
      <Field id="ns-description" label="Description" errors={errors.description}>
        {(props) => <textarea {...props} name="description" rows={3} defaultValue={value('description')} className={inputClasses} />}
      </Field>
      {!editing && (
        <Field
          id="ns-prefix"
          label="Image property prefix (optional)"
          errors={errors.image_prefix}
          hint="Added to each property name when set on an image, e.g. hw_ makes disk_bus hw_disk_bus. The namespace is associated with images (OS::Glance::Image)."
        >
          {(props) => <input {...props} name="image_prefix" defaultValue={value('image_prefix')} className={`${inputClasses} font-mono`} autoComplete="off" />}
        </Field>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Visibility</legend>
        {(['public', 'private'] as const).map((option) => (
          <label key={option} className="flex items-start gap-2 text-sm">
            <input type="radio" name="visibility" value={option} defaultChecked={visibility === option} className="mt-0.5 accent-brand-600" />
            <span>
              <span className="font-medium">{option === 'public' ? 'Public' : 'Private'}</span>
              <span className="block text-slate-600">
                {option === 'public' ? 'Every project sees these properties in Create and Edit.' : 'Only the owning project (administrators) sees them.'}
              </span>
            </span>
          </label>
        ))}
        {errors.visibility && <p className="text-sm text-red-700">{errors.visibility.join(' ')}</p>}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="protected" defaultChecked={protectedChecked} className="mt-0.5 accent-brand-600" />
        <span>
          <span className="font-medium">Protected</span>
          <span className="block text-slate-600">A protected namespace cannot be deleted until this is unticked.</span>
        </span>
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {editing ? 'Save namespace' : 'Create namespace'}
        </Button>
        <Link href={editing ? namespaceHref(initial.namespace) : METADEFS_HREF} className="inline-flex h-9 items-center px-3 text-sm font-medium text-slate-700 hover:underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
