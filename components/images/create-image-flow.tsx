'use client';

import { startTransition, useActionState, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createImage, type CreatedImage } from '@/app/(dashboard)/images/create/actions';
import { Button } from '@/components/ui/button';
import { idle, type ActionState } from '@/lib/action-state';
import type { CreateImageOptions } from '@/lib/glance/create-options';
import type { FormatGuess } from '@/lib/upload/disk-format';
import { sniffFile } from '@/lib/upload/sniff-file';
import { useFileHashes } from '@/lib/upload/use-file-hashes';
import { useImageUpload } from '@/lib/upload/use-image-upload';
import { CreateImageForm } from './create-image-form';
import { UploadTransferPanel } from './upload-transfer-panel';

interface Created extends CreatedImage {
  url: string;
}

/**
 * Create Image end to end: the form (server action for the metadata), then the file streamed to
 * /api/uploads/{id} or Glance's web-download, live status until active, and the checksums.
 */
export function CreateImageFlow({ options }: { options: CreateImageOptions }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [guess, setGuess] = useState<FormatGuess>();
  const fileRef = useRef<File | undefined>(undefined);
  const hashes = useFileHashes(file);
  const upload = useImageUpload();
  const [created, setCreated] = useState<Created>();
  const [formKey, setFormKey] = useState(0);

  const [state, dispatch, pending] = useActionState(async (previous: ActionState<CreatedImage>, formData: FormData) => {
    const result = await createImage(previous, formData);
    if (result.status !== 'success' || !result.data) return result;
    const image = result.data;
    setCreated({ ...image, url: String(formData.get('url') ?? '') });
    // started here, in the submit's own flow, so a re-render can never start it twice
    if (image.source === 'file' && fileRef.current) {
      void upload.start(image.id, fileRef.current).then((outcome) => {
        if (outcome.phase === 'done' && outcome.image) queryClient.setQueryData(['images', image.id], outcome.image);
      });
    }
    return result;
  }, idle);

  const chooseFile = (chosen: File) => {
    fileRef.current = chosen;
    setFile(chosen);
    setGuess(undefined);
    void sniffFile(chosen).then((g) => fileRef.current === chosen && setGuess(g));
  };

  const backToForm = () => {
    upload.reset();
    setCreated(undefined);
  };

  const startOver = () => {
    fileRef.current = undefined;
    setFile(undefined);
    setGuess(undefined);
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
          state={state}
          pending={pending}
          onSubmit={(formData) => startTransition(() => dispatch(formData))}
          file={file}
          guess={guess}
          hashes={hashes}
          onFile={chooseFile}
        />
      </div>
      {created && (
        <UploadTransferPanel
          key={created.id}
          image={created}
          source={created.source === 'file' && file ? { kind: 'file', file, hashes } : { kind: 'url', url: created.url }}
          upload={upload}
          expected={created.expectedHash}
          onDiscarded={backToForm}
          actions={
            <Button variant="secondary" onClick={startOver}>
              Create another image
            </Button>
          }
        />
      )}
    </>
  );
}
