'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { updateImage } from './actions';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { idle, settleAction, type ActionState } from '@/lib/action-state';
import { useDraftState } from '@/lib/forms/use-draft-state';
import { patchToCli } from '@/lib/images/cli';
import { buildEditPatch, type EditValues } from '@/lib/images/edit-patch';
import type { Image } from '@/lib/glance/schemas';
import { ForeignOwnerNotice } from '@/components/images/shared/image-action-button';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { editProblems, formValuesSchema, problemLabel, toForm, toValues, type FormValues } from './image-edit-values';
import { ImagePropertiesEditor } from '@/components/images/form/image-properties-editor';
import { ImageSection } from '@/components/images/shared/image-section';
import { ImageTagsInput } from '@/components/images/form/image-tags-input';
import { MetadataField, ProtectedField, type MetadataControl } from '@/components/images/form/metadata-field';
import { MetadataCatalog } from '@/components/images/metadefs/metadata-catalog';
import { catalogErrorsOf } from '@/lib/images/catalog-values';
import { catalogFields, type CatalogGroup } from '@/lib/images/metadefs';

interface ImageEditFormProps {
  image: Image;
  baseline: EditValues;
  foreignOwner: string | null;
  /** Glance's metadata catalog for images (typed fields), as this session sees it. */
  catalog: CatalogGroup[];
}

export function ImageEditForm({ image, baseline, foreignOwner, catalog }: ImageEditFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useMemo(() => catalogFields(catalog), [catalog]);
  const initial = useMemo(() => toForm(baseline, fields), [baseline, fields]);
  // unsaved values survive a session that ends mid-edit (sign in again, come back here)
  const draft = useDraftState(`edit-image:${image.id}`, initial, formValuesSchema);
  const { value: form, setValue: setForm, clear: clearDraft } = draft;
  const [tagDraft, setTagDraft] = useState('');
  const [asking, setAsking] = useState(false);
  const [state, dispatch, pending] = useActionState<ActionState, FormData>((prev, formData) => settleAction(updateImage(image.id, prev, formData)), idle);
  const [, startTransition] = useTransition();
  const ops = useMemo(() => buildEditPatch(image, baseline, toValues(form, baseline)), [image, baseline, form]);
  const commands = useMemo(() => patchToCli(image.id, ops, image.tags), [image, ops]);
  // checked as the user types, so a problem shows next to its field even when nothing else changed
  const problems = useMemo(() => editProblems(form, tagDraft, fields, baseline), [form, tagDraft, fields, baseline]);
  const problemKeys = Object.keys(problems);
  const blocking = [...new Set(problemKeys.map(problemLabel))];
  const errors = { ...(state.status === 'error' ? state.fieldErrors : undefined), ...problems };
  const set = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setForm((prev) => ({ ...prev, [key]: value }));
  const focusFirstProblem = () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();

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
          // nothing is sent while a field is refused: take the keyboard to it instead
          if (problemKeys.length) focusFirstProblem();
          else if (foreignOwner) setAsking(true);
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
          <div className="min-w-0 space-y-6 lg:col-span-2">
            <GeneralFields form={form} set={set} errors={errors} />
            <ImageSection id="edit-tags" title="Tags" description="Free-form labels; Glance can filter lists by tag.">
              <ImageTagsInput
                tags={form.tags}
                onChange={set('tags')}
                draft={tagDraft}
                onDraft={setTagDraft}
                errors={errors.tags}
              />
            </ImageSection>
            <ImageSection
              id="edit-catalog"
              title="Metadata catalog"
              description="Properties this cloud defines for images (Glance’s metadata definitions), each with what it accepts. Find one by searching or open its namespace."
            >
              <MetadataCatalog
                groups={catalog}
                values={form.catalog}
                onChange={(key, value) => setForm((prev) => ({ ...prev, catalog: { ...prev.catalog, [key]: value } }))}
                errors={catalogErrorsOf(errors)}
                accepted={initial.catalog /* what the image already has: a legacy value does not block other edits */}
                postValues
              />
            </ImageSection>
            <ImageSection id="edit-properties" title="Custom properties" description="Keys outside the metadata catalog, read by Nova and other services. Built-in fields and os_glance_* keys are Glance’s own and cannot be set here.">
              <ImagePropertiesEditor rows={form.properties} onChange={set('properties')} errors={errors} />
            </ImageSection>
          </div>
          <div className="space-y-6 lg:sticky lg:top-20 lg:self-start">
            <EditCommands commands={commands} blocking={blocking} />
            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" pending={pending} disabled={ops.length === 0 && problemKeys.length === 0}>
                {saveLabel(ops.length, blocking.length)}
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

function saveLabel(changes: number, problems: number): string {
  if (problems) return problems === 1 ? 'Fix 1 field to save' : `Fix ${problems} fields to save`;
  if (changes === 0) return 'No changes to save';
  return `Save ${changes === 1 ? '1 change' : `${changes} changes`}`;
}

/** What saving will do, as commands to copy (updates as the user types); while a field is refused, which one. */
function EditCommands({ commands, blocking: fields }: { commands: string[]; blocking: string[] }) {
  return (
    <ImageSection id="edit-preview" title="Command line" description="What saving will do, as openstack commands.">
      {fields.length > 0 ? (
        <p className="text-sm text-red-700" data-testid="edit-preview-blocked">
          Nothing can be saved until {fields.length === 1 ? 'this field is' : 'these fields are'} fixed: {fields.join(', ')}.
        </p>
      ) : commands.length === 0 ? (
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
  const held = (key: 'name' | 'description' | 'min_disk' | 'min_ram' | 'architecture' | 'os_distro' | 'os_version'): MetadataControl => ({
    value: form[key],
    onChange: (event) => set(key)(event.target.value),
  });
  return (
    <ImageSection id="edit-general" title="General">
      <div className="grid gap-4 sm:grid-cols-2">
        <MetadataField field="name" errors={errors.name} control={held('name')} className="sm:col-span-2" />
        <MetadataField field="description" errors={errors.description} control={held('description')} className="sm:col-span-2" />
        <MetadataField field="min_disk" errors={errors.min_disk} control={held('min_disk')} />
        <MetadataField field="min_ram" errors={errors.min_ram} control={held('min_ram')} />
        <MetadataField field="architecture" errors={errors.architecture} control={held('architecture')} />
        <MetadataField field="os_distro" errors={errors.os_distro} control={held('os_distro')} />
        <MetadataField field="os_version" errors={errors.os_version} control={held('os_version')} />
        <div className="self-end px-1 py-2">
          <ProtectedField checked={form.protected} onChange={set('protected')} />
        </div>
      </div>
    </ImageSection>
  );
}
