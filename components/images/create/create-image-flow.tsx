'use client';

import { startTransition, useActionState, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createImage, type CreatedImage } from './actions';
import { Button } from '@/components/ui/button';
import { idle, settleAction, type ActionState } from '@/lib/action-state';
import type { CreateImageOptions } from '@/lib/images/create-options';
import type { CatalogGroup } from '@/lib/images/metadefs';
import { useChosenFile } from '@/lib/upload/browser/use-chosen-file';
import { useFileHashes } from '@/lib/upload/browser/use-file-hashes';
import { useImageUpload } from '@/lib/upload/browser/use-image-upload';
import { CreateImageForm } from './create-image-form';
import { UploadTransferPanel } from '@/components/images/upload/upload-transfer-panel';
import { uploadMethodFor } from '@/components/images/upload/upload-method';

interface Created extends CreatedImage {
  url: string;
}

/** The create action, followed (for a file) by the upload, started in the submit's own flow. */
function useCreateAndUpload(chosen: ReturnType<typeof useChosenFile>, upload: ReturnType<typeof useImageUpload>) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created>();
  const [state, dispatch, pending] = useActionState(async (previous: ActionState<CreatedImage>, formData: FormData) => {
    const result = await settleAction(createImage(previous, formData));
    // no answer: the form says so and links to the images of this name, to see whether it was created
    if (result.status === 'error' && result.code === 'interrupted') return { ...result, values: { name: String(formData.get('name') ?? '') } };
    if (result.status !== 'success' || !result.data) return result;
    const image = result.data;
    setCreated({ ...image, url: String(formData.get('url') ?? '') });
    // started here rather than in an effect, so no re-render can ever start it twice
    if (image.source === 'file' && chosen.current.current) {
      void upload.start(image.id, chosen.current.current, { store: image.store }).then((outcome) => {
        if (outcome.phase === 'done' && outcome.image) queryClient.setQueryData(['images', image.id], outcome.image);
      });
    }
    return result;
  }, idle);
  return { created, setCreated, state, dispatch, pending };
}

/**
 * Create Image end to end: the form (server action for the metadata), then the file streamed to
 * /api/uploads/{id} or Glance's web-download, live status until active, and the checksums.
 */
export function CreateImageFlow({ options, catalog }: { options: CreateImageOptions; catalog: CatalogGroup[] }) {
  const chosen = useChosenFile();
  const hashes = useFileHashes(chosen.file);
  const upload = useImageUpload(uploadMethodFor(options.glanceDirect));
  const { created, setCreated, state, dispatch, pending } = useCreateAndUpload(chosen, upload);
  const [formKey, setFormKey] = useState(0);
  const backToForm = () => {
    upload.reset();
    setCreated(undefined);
  };
  const startOver = () => {
    chosen.choose(undefined);
    setFormKey((key) => key + 1);
    backToForm();
  };

  return (
    <>
      {/* hidden rather than unmounted, so a cancelled upload returns to the form as it was */}
      <div hidden={!!created}>
        <CreateImageForm
          key={formKey}
          options={options}
          catalog={catalog}
          state={state}
          pending={pending}
          onSubmit={(formData) => startTransition(() => dispatch(formData))}
          file={chosen.file}
          guess={chosen.guess}
          hashes={hashes}
          onFile={chosen.choose}
        />
      </div>
      {created && (
        <UploadTransferPanel
          key={created.id}
          image={created}
          source={created.source === 'file' && chosen.file ? { kind: 'file', file: chosen.file, hashes } : { kind: 'url', url: created.url }}
          upload={upload}
          expected={created.expectedHash}
          onDiscarded={backToForm}
          actions={<Button variant="secondary" onClick={startOver}>Create another image</Button>}
        />
      )}
    </>
  );
}
