'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { updateImage } from '@/app/(dashboard)/images/[imageId]/actions';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field, inputClasses } from '@/components/ui/field';
import * as z from 'zod/mini';
import { idle, type ActionState } from '@/lib/action-state';
import { useDraftState } from '@/lib/forms/use-draft-state';
import { patchToCli } from '@/lib/glance/cli';
import { buildEditPatch, type EditValues } from '@/lib/glance/edit-patch';
import { NAME_MAX } from '@/lib/glance/edit-schema';
import type { Image } from '@/lib/glance/schemas';
import { ForeignOwnerNotice } from './image-action-button';
import { ImageCliCommand } from './image-cli-command';
import { ImagePropertiesEditor, type PropertyRow } from './image-properties-editor';
import { ImageSection } from './image-section';
import { ImageTagsInput } from './image-tags-input';

interface ImageEditFormProps {
  image: Image;
  baseline: EditValues;
  foreignOwner: string | null;
}

type FormValues = Omit<EditValues, 'min_disk' | 'min_ram' | 'properties'> & { min_disk: string; min_ram: string; properties: PropertyRow[] };

// what a draft read back from this tab's storage must look like to be restored
const formValuesSchema: z.ZodMiniType<FormValues> = z.object({
  name: z.string(),
  description: z.string(),
  min_disk: z.string(),
  min_ram: z.string(),
  architecture: z.string(),
  os_distro: z.string(),
  os_version: z.string(),
  protected: z.boolean(),
  tags: z.array(z.string()),
  properties: z.array(z.object({ rowId: z.number(), key: z.string(), value: z.string() })),
});

const ARCHITECTURES = ['x86_64', 'aarch64', 'ppc64le', 's390x', 'i686', 'armv7l', 'riscv64'];
const DISTROS = ['ubuntu', 'debian', 'centos', 'rhel', 'rocky', 'almalinux', 'fedora', 'opensuse', 'sles', 'freebsd', 'windows', 'cirros', 'arch'];

function toForm(values: EditValues): FormValues {
  return {
    ...values,
    min_disk: String(values.min_disk),
    min_ram: String(values.min_ram),
    properties: values.properties.map((p, rowId) => ({ rowId, ...p })),
  };
}

/** The form as the values Glance would get; unparsable numbers count as unchanged for the preview. */
function toValues(form: FormValues, baseline: EditValues): EditValues {
  const int = (text: string, fallback: number) => (/^\d+$/.test(text.trim()) ? Number(text) : fallback);
  return {
    ...form,
    name: form.name.trim(),
    min_disk: int(form.min_disk, baseline.min_disk),
    min_ram: int(form.min_ram, baseline.min_ram),
    properties: form.properties.filter((p) => p.key.trim()).map(({ key, value }) => ({ key: key.trim(), value })),
  };
}

export function ImageEditForm({ image, baseline, foreignOwner }: ImageEditFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const initial = useMemo(() => toForm(baseline), [baseline]);
  // unsaved values survive a session that ends mid-edit (sign in again, come back here)
  const draft = useDraftState(`edit-image:${image.id}`, initial, formValuesSchema);
  const { value: form, setValue: setForm, clear: clearDraft } = draft;
  const [asking, setAsking] = useState(false);
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(updateImage.bind(null, image.id), idle);
  const [, startTransition] = useTransition();
  const ops = useMemo(() => buildEditPatch(image, baseline, toValues(form, baseline)), [image, baseline, form]);
  const commands = useMemo(() => patchToCli(image.id, ops, image.tags), [image, ops]);
  const errors = state.status === 'error' ? state.fieldErrors ?? {} : {};
  const set = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setForm((prev) => ({ ...prev, [key]: value }));

  useEffect(() => {
    if (state.status === 'error') formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status !== 'success') return;
    clearDraft();
    toast.success(state.message ?? 'Saved.');
    router.push(`/images/${image.id}`);
  }, [state, router, image.id, clearDraft]);

  function submit() {
    setAsking(false);
    startTransition(() => dispatch(new FormData(formRef.current!)));
  }

  return (
    <>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (foreignOwner) setAsking(true);
          else submit();
        }}
        className="space-y-6"
      >
        <input type="hidden" name="baseline" value={JSON.stringify(baseline)} />
        {draft.restored && (
          <Alert tone="info" title="We put back the changes you had not saved yet.">
            Check them and save, or{' '}
            <button type="button" onClick={draft.discard} className="font-medium underline underline-offset-2">
              discard them
            </button>
            .
          </Alert>
        )}
        <div aria-live="polite">{state.status === 'error' && <Alert tone="error">{state.message}</Alert>}</div>
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <GeneralFields form={form} set={set} errors={errors} />
            <ImageSection id="edit-tags" title="Tags" description="Free-form labels; Glance can filter lists by tag.">
              <ImageTagsInput tags={form.tags} onChange={set('tags')} errors={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]} />
            </ImageSection>
            <ImageSection id="edit-properties" title="Custom properties" description="Key–value metadata read by Nova and other services, e.g. hw_disk_bus=virtio. Built-in fields and os_glance_* keys are Glance’s own and cannot be set here.">
              <ImagePropertiesEditor rows={form.properties} onChange={set('properties')} errors={errors} />
            </ImageSection>
          </div>
          <div className="space-y-6 lg:sticky lg:top-20 lg:self-start">
            <EditCommands commands={commands} />
            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" pending={pending} disabled={ops.length === 0}>
                {ops.length === 0 ? 'No changes to save' : `Save ${ops.length === 1 ? '1 change' : `${ops.length} changes`}`}
              </Button>
              <Link href={`/images/${image.id}`} onClick={clearDraft} className={buttonClasses('secondary')}>
                Cancel
              </Link>
            </div>
          </div>
        </div>
      </form>
      <ConfirmDialog open={asking} onClose={() => setAsking(false)} onConfirm={submit} title="Save changes to another project’s image?" confirmLabel="Save changes" pending={pending}>
        <ForeignOwnerNotice owner={foreignOwner} />
      </ConfirmDialog>
    </>
  );
}

/** What saving will do, as commands to copy (updates as the user types). */
function EditCommands({ commands }: { commands: string[] }) {
  return (
    <ImageSection id="edit-preview" title="Command line" description="What saving will do, as openstack commands.">
      {commands.length === 0 ? (
        <p className="text-sm text-slate-500">No changes yet.</p>
      ) : (
        <div className="space-y-2">
          {commands.map((line) => (
            <ImageCliCommand key={line} command={line} label="apply these changes" />
          ))}
        </div>
      )}
    </ImageSection>
  );
}

interface GeneralFieldsProps {
  form: FormValues;
  set: <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => void;
  errors: Record<string, string[] | undefined>;
}

function GeneralFields({ form, set, errors }: GeneralFieldsProps) {
  const text = (key: 'name' | 'description' | 'min_disk' | 'min_ram' | 'architecture' | 'os_distro' | 'os_version') => ({
    name: key,
    value: form[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key)(event.target.value),
  });
  return (
    <ImageSection id="edit-general" title="General">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="Name" errors={errors.name} className="sm:col-span-2">
          {(props) => <input {...props} {...text('name')} maxLength={NAME_MAX + 10} required className={inputClasses} />}
        </Field>
        <Field id="description" label="Description" errors={errors.description} className="sm:col-span-2">
          {(props) => <textarea {...props} {...text('description')} rows={3} className={inputClasses} />}
        </Field>
        <Field id="min_disk" label="Minimum disk (GiB)" hint="0 means no minimum." errors={errors.min_disk}>
          {(props) => <input {...props} {...text('min_disk')} inputMode="numeric" className={inputClasses} />}
        </Field>
        <Field id="min_ram" label="Minimum RAM (MiB)" hint="0 means no minimum." errors={errors.min_ram}>
          {(props) => <input {...props} {...text('min_ram')} inputMode="numeric" className={inputClasses} />}
        </Field>
        <Field id="architecture" label="Architecture" errors={errors.architecture}>
          {(props) => <input {...props} {...text('architecture')} list="architectures" placeholder="x86_64" className={inputClasses} />}
        </Field>
        <Field id="os_distro" label="OS distribution" hint="Lowercase name, as Nova expects (ubuntu, debian, windows…)." errors={errors.os_distro}>
          {(props) => <input {...props} {...text('os_distro')} list="distros" className={inputClasses} />}
        </Field>
        <Field id="os_version" label="OS version" errors={errors.os_version}>
          {(props) => <input {...props} {...text('os_version')} placeholder="24.04" className={inputClasses} />}
        </Field>
        <div className="flex items-start gap-3 self-end rounded-md px-1 py-2">
          <input id="protected" name="protected" type="checkbox" checked={form.protected} onChange={(e) => set('protected')(e.target.checked)} className="mt-1 accent-brand-600" aria-describedby="protected-hint" />
          <div>
            <label htmlFor="protected" className="text-sm font-medium text-slate-800">
              Protected
            </label>
            <p id="protected-hint" className="text-xs text-slate-500">
              Glance refuses to delete a protected image.
            </p>
          </div>
        </div>
      </div>
      <datalist id="architectures">{ARCHITECTURES.map((a) => <option key={a} value={a} />)}</datalist>
      <datalist id="distros">{DISTROS.map((d) => <option key={d} value={d} />)}</datalist>
    </ImageSection>
  );
}
