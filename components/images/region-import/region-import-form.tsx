'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import { echoedValue, idle } from '@/lib/action-state';
import type { RemoteImage } from '@/lib/images/region-import';
import type { StoreChoice } from '@/lib/images/stores';
import { cn, formatBytes } from '@/lib/utils';
import { CreateStoreField } from '@/components/images/stores/create-store-field';
import { importFromRegion } from './actions';

interface RegionImportFormProps {
  region: string;
  images: RemoteImage[];
  stores: StoreChoice[];
}

/** Choose one of the other region's images, name it here, and let Glance fetch it (glance-download). */
export function RegionImportForm({ region, images, stores }: RegionImportFormProps) {
  const [state, dispatch, pending] = useActionState(importFromRegion, idle);
  const error = state.status === 'error' ? state : undefined;
  const errors = (key: string) => error?.fieldErrors?.[key];
  const imageErrors = errors('image_id');
  return (
    <form action={dispatch} aria-label="Import from another region" noValidate className="space-y-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="region" value={region} />
      {errors('region') && <Alert tone="error">{errors('region')!.join(' ')}</Alert>}
      <p id="remote-images-label" className="text-sm font-medium text-slate-800">
        Images in {region}
      </p>
      <div role="radiogroup" aria-labelledby="remote-images-label" aria-describedby={imageErrors ? 'image_id-error' : undefined} className="grid gap-2 sm:grid-cols-2">
        {images.map((image) => (
          <label
            key={image.id}
            className={cn(
              'flex cursor-pointer gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
              'has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
            )}
          >
            <input type="radio" name="image_id" value={image.id} defaultChecked={echoedValue(state, 'image_id', images[0]?.id) === image.id} className="mt-1 accent-brand-600" />
            <span className="min-w-0">
              <span className="block text-sm font-medium break-words text-slate-900">{image.name}</span>
              <span className="block text-xs text-slate-600">
                {image.diskFormat.toUpperCase()}, {formatBytes(image.size)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {imageErrors && (
        <p id="image_id-error" className="text-sm text-red-700">
          {imageErrors.join(' ')}
        </p>
      )}
      <Field id="name" label="Name here (optional)" hint="Empty: the image keeps its name from the other region." errors={errors('name')}>
        {(p) => <input {...p} name="name" defaultValue={echoedValue(state, 'name')} maxLength={255} className={inputClasses} />}
      </Field>
      <CreateStoreField stores={stores} errors={errors} />
      <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-6">
        <div aria-live="polite" className="mr-auto min-w-64 flex-1">
          {error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}
        </div>
        <Link href="/images/create" className={buttonClasses('secondary')}>
          Cancel
        </Link>
        <Button type="submit" pending={pending}>
          {pending ? 'Starting…' : `Import from ${region}`}
        </Button>
      </div>
    </form>
  );
}
