'use client';

import { ImagePropertiesEditor } from '@/components/images/form/image-properties-editor';
import { ImageTagsInput } from '@/components/images/form/image-tags-input';
import type { FieldErrors } from '@/lib/action-state';
import { FIELD_LABELS } from '@/lib/images/image-fields';
import { CreateFormSection } from './create-form-section';
import type { CreateMetadata } from './use-create-metadata';

/** Tags and free-form key/value properties (Glance stores both on the image), with the widgets Edit uses. */
export function CreatePropertiesFields({ metadata, errors }: { metadata: CreateMetadata; errors: FieldErrors }) {
  return (
    <CreateFormSection title="Tags and properties" description="Tags help filtering. Properties tell Nova how to boot the image (hw_*, os_*).">
      <div className="space-y-2">
        <span className="block text-sm font-medium text-slate-800">{FIELD_LABELS.tags}</span>
        <ImageTagsInput tags={metadata.tags} onChange={metadata.setTags} draft={metadata.tagDraft} onDraft={metadata.setTagDraft} errors={errors.tags} />
      </div>
      <div className="space-y-2">
        <span className="block text-sm font-medium text-slate-800">Custom properties</span>
        <ImagePropertiesEditor rows={metadata.rows} onChange={metadata.setRows} errors={errors} />
      </div>
    </CreateFormSection>
  );
}
