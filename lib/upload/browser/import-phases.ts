/**
 * The phases of a glance-direct upload as the user sees them: uploading (to Glance's staging
 * area), importing (Glance runs its import plugins), converting (the format changed: Glance's
 * image_conversion plugin), active. Glance reports no separate "converting" status: conversion
 * runs inside `importing`, and shows when the record's disk_format changes (qcow2 → raw) while
 * Glance still writes the converted data to its store.
 */
export type PhaseKey = 'uploading' | 'importing' | 'converting' | 'active';
export type PhaseState = 'pending' | 'current' | 'done' | 'skipped' | 'failed';

export interface Phase {
  key: PhaseKey;
  label: string;
  state: PhaseState;
  detail?: string;
}

export interface PhaseInput {
  /** where the browser's part is: sending the file, staged (import asked for), or refused */
  transfer: 'sending' | 'staged' | 'failed';
  /** the live record, once polled */
  image?: { status: string; disk_format?: string | null };
  /** the format the record was created with (what the user uploaded) */
  uploadedFormat?: string | null;
}

/** The format changed during the import: Glance converted the data. */
export function conversionOf(uploadedFormat: string | null | undefined, image: PhaseInput['image']): { from: string; to: string } | undefined {
  const to = image?.disk_format;
  if (!uploadedFormat || !to || to === uploadedFormat) return undefined;
  return { from: uploadedFormat, to };
}

const LABELS: Record<PhaseKey, string> = { uploading: 'Uploading', importing: 'Importing', converting: 'Converting', active: 'Active' };

export function importPhases({ transfer, image, uploadedFormat }: PhaseInput): Phase[] {
  const phases = (states: Record<PhaseKey, PhaseState>, details: Partial<Record<PhaseKey, string>> = {}): Phase[] =>
    (Object.keys(LABELS) as PhaseKey[]).map((key) => ({ key, label: LABELS[key], state: states[key], detail: details[key] }));
  const converted = conversionOf(uploadedFormat, image);
  const conversion = converted && `${converted.from} → ${converted.to}`;
  if (transfer === 'sending') return phases({ uploading: 'current', importing: 'pending', converting: 'pending', active: 'pending' }, { uploading: 'to Glance’s staging area' });
  if (transfer === 'failed') return phases({ uploading: 'done', importing: 'failed', converting: 'pending', active: 'pending' }, { uploading: 'staged', importing: 'Glance did not start the import' });
  const status = image?.status ?? 'uploading';
  if (status === 'active') {
    return phases(
      { uploading: 'done', importing: 'done', converting: converted ? 'done' : 'skipped', active: 'done' },
      { uploading: 'staged', converting: conversion ?? `not needed: stays ${image?.disk_format ?? uploadedFormat ?? 'as uploaded'}` },
    );
  }
  if (status === 'importing' && converted) {
    return phases({ uploading: 'done', importing: 'done', converting: 'current', active: 'pending' }, { uploading: 'staged', converting: `${conversion}; Glance is storing the converted data` });
  }
  if (status === 'importing' || status === 'uploading') {
    return phases({ uploading: 'done', importing: 'current', converting: 'pending', active: 'pending' }, { uploading: 'staged', importing: 'Glance runs its import steps' });
  }
  // queued again (Glance's import task failed), killed, deleted…
  return phases({ uploading: 'done', importing: 'failed', converting: 'pending', active: 'pending' }, { uploading: 'staged', importing: `the image is ${status}` });
}

/** Nothing more will happen to a glance-direct image by itself: settled, or back to queued (its import failed). */
export function importSettled(image: { status: string } | undefined): boolean {
  return !!image && ['active', 'killed', 'deactivated', 'deleted', 'queued'].includes(image.status);
}
