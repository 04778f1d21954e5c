'use client';

import { ImagePropertiesEditor } from '@/components/images/form/image-properties-editor';
import { ImageTagsInput } from '@/components/images/form/image-tags-input';
import { MetadataCatalog } from '@/components/images/metadefs/metadata-catalog';
import type { FieldErrors } from '@/lib/action-state';
import { catalogErrorsOf } from '@/lib/images/catalog-values';
import { FIELD_LABELS } from '@/lib/images/image-fields';
import type { CatalogGroup } from '@/lib/images/metadefs';
import { CreateFormSection } from './create-form-section';
import type { CreateMetadata } from './use-create-metadata';

interface CreatePropertiesFieldsProps {
  metadata: CreateMetadata;
  catalog: CatalogGroup[];
  errors: FieldErrors;
}

/**
 * Tags, the metadata catalog's typed fields and free-form key/value properties (Glance stores
 * them all on the image), with the widgets Edit uses.
 */
export function CreatePropertiesFields({ metadata, catalog, errors }: CreatePropertiesFieldsProps) {
  return (
    <CreateFormSection title="Tags and properties" description="Tags help filtering. Properties tell Nova how to boot the image (hw_*, os_*).">
      <div className="space-y-2">
        <span className="block text-sm font-medium text-slate-800">{FIELD_LABELS.tags}</span>
        <ImageTagsInput tags={metadata.tags} onChange={metadata.setTags} draft={metadata.tagDraft} onDraft={metadata.setTagDraft} errors={errors.tags} />
      </div>
      <div className="space-y-2">
        <span className="block text-sm font-medium text-slate-800">Metadata catalog</span>
        <MetadataCatalog groups={catalog} values={metadata.catalog} onChange={metadata.setCatalogValue} errors={catalogErrorsOf(errors)} postValues />
      </div>
      <div className="space-y-2">
        <span className="block text-sm font-medium text-slate-800">Custom properties</span>
        <ImagePropertiesEditor rows={metadata.rows} onChange={metadata.setRows} errors={errors} />
      </div>
    </CreateFormSection>
  );
}
