'use client';

import { useState } from 'react';
import { blankPropertyRow, type PropertyRow } from '@/components/images/form/image-properties-editor';
import { FORM_NAMES } from '@/lib/images/image-fields';
import type { FormDraft } from '@/lib/forms/use-form-draft';
import type { CatalogValues } from '@/lib/images/catalog-values';

/** Property rows of a restored draft, as posted (parallel key and value lists). */
function rowsOf(draft: FormDraft): PropertyRow[] {
  const values = draft[FORM_NAMES.propertyValue] ?? [];
  return (draft[FORM_NAMES.propertyKey] ?? []).map((key, index) => ({ ...blankPropertyRow(), key, value: values[index] ?? '' }));
}

/** Catalog values of a restored draft, as posted (parallel key and value lists). */
function catalogOf(draft: FormDraft): CatalogValues {
  const values = draft[FORM_NAMES.catalogValue] ?? [];
  return Object.fromEntries((draft[FORM_NAMES.catalogKey] ?? []).map((key, index) => [key, values[index] ?? '']));
}

/**
 * The Create form's tags, property rows and metadata catalog values: React state (the shared widgets are controlled),
 * seeded once from a restored draft, which holds them under the names the form posts.
 */
export function useCreateMetadata(draft: FormDraft | undefined) {
  const [tags, setTags] = useState<string[]>([]);
  const [tagDraft, setTagDraft] = useState('');
  // one empty row to start with: most images get a property or two
  const [rows, setRows] = useState<PropertyRow[]>(() => [blankPropertyRow()]);
  const [catalog, setCatalog] = useState<CatalogValues>({});
  const [seededFrom, setSeededFrom] = useState<FormDraft>();
  if (draft && draft !== seededFrom) {
    setSeededFrom(draft);
    setTags(draft[FORM_NAMES.tag] ?? []);
    setTagDraft(draft[FORM_NAMES.newTag]?.[0] ?? '');
    const restored = rowsOf(draft);
    if (restored.length) setRows(restored);
    setCatalog(catalogOf(draft));
  }
  const setCatalogValue = (key: string, value: string) => setCatalog((current) => ({ ...current, [key]: value }));
  return { tags, setTags, tagDraft, setTagDraft, rows, setRows, catalog, setCatalogValue };
}

export type CreateMetadata = ReturnType<typeof useCreateMetadata>;
