'use client';

import { Field, inputClasses, inputClassesWith } from '@/components/ui/field';
import type { CreateImageOptions } from '@/lib/images/create-options';
import type { FormatGuess } from '@/lib/upload/browser/disk-format';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import { cn } from '@/lib/utils';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';
import { UploadFilePicker } from '@/components/images/upload/upload-file-picker';
import { UploadFileSummary } from '@/components/images/upload/upload-file-summary';
import { RegionImportLink } from '@/components/images/region-import/region-import-link';

export type ImageSource = 'file' | 'url';

interface CreateSourceFieldsProps {
  options: CreateImageOptions;
  source: ImageSource;
  onSource: (source: ImageSource) => void;
  file?: File;
  onFile: (file: File) => void;
  guess?: FormatGuess;
  hashes: HashState;
  onUseMinDisk: (gigabytes: number) => void;
  /** The URL changed: suggest a name and format from its file name. */
  onUrlTyped: (url: string) => void;
  errors: FieldErrorsOf;
}

const SOURCES: { value: ImageSource; label: string; help: string }[] = [
  { value: 'file', label: 'Upload a file', help: 'From this computer. Streamed to Glance, any size up to the cloud’s limit.' },
  { value: 'url', label: 'Import from a URL', help: 'Glance downloads the file itself (web-download).' },
];

function SourceChoice({ options, source, onSource }: Pick<CreateSourceFieldsProps, 'options' | 'source' | 'onSource'>) {
  const available = SOURCES.filter((s) => s.value === 'file' || options.webDownload);
  return (
    <div role="radiogroup" aria-label="Source" className="grid gap-3 sm:grid-cols-2">
      {available.map((s) => (
        <label
          key={s.value}
          className={cn(
            'flex cursor-pointer gap-3 rounded-lg bg-white p-3 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
            source === s.value ? 'ring-2 ring-brand-600' : 'ring-1 ring-slate-300 hover:bg-slate-50',
          )}
        >
          <input type="radio" name="source" value={s.value} checked={source === s.value} onChange={() => onSource(s.value)} className="mt-1 accent-brand-600" />
          <span>
            <span className="block text-sm font-medium text-slate-900">{s.label}</span>
            <span className="block text-xs text-slate-600">{s.help}</span>
          </span>
        </label>
      ))}
    </div>
  );
}

function FileSource({ options, file, guess, hashes, errors, onFile, onUseMinDisk, hidden }: CreateSourceFieldsProps & { hidden: boolean }) {
  return (
    <div hidden={hidden} className="space-y-4">
      <UploadFilePicker
        id="file"
        file={file}
        onFile={onFile}
        errors={errors('file')}
        hint={file ? <UploadFileSummary file={file} guess={guess} hashes={hashes} maxBytes={options.maxUploadBytes} onUseMinDisk={onUseMinDisk} fieldErrors={errors('file')} /> : undefined}
      />
      <input type="hidden" name="file_name" value={file?.name ?? ''} />
      <input type="hidden" name="file_size" value={file?.size ?? ''} />
    </div>
  );
}

/** Where the image data comes from: a local file (with its checksums) or a URL Glance fetches. */
export function CreateSourceFields(props: CreateSourceFieldsProps) {
  const { options, source, errors } = props;
  return (
    <CreateFormSection title="Source" description="Where the image data comes from. Glance computes MD5 and SHA-512 checksums as it stores it.">
      <SourceChoice {...props} />
      {options.glanceDownload && <RegionImportLink />}
      {!options.webDownload && (
        <p className="text-xs text-slate-600" data-testid="url-unavailable">
          Import from a URL is not available: this cloud does not enable Glance’s <code>web-download</code> import method.
        </p>
      )}
      {errors('source') && <p className="text-sm text-red-700">{errors('source')!.join(' ')}</p>}
      {/* both stay mounted, so switching source keeps what was typed */}
      <FileSource {...props} hidden={source !== 'file'} />
      {options.webDownload && (
        <div hidden={source !== 'url'}>
          <Field id="url" label="Image URL" errors={errors('url')} hint="An http:// or https:// address Glance can reach. The cloud may allow only some hosts and ports.">
            {(p) => (
              <input
                {...p}
                name="url"
                type="url"
                inputMode="url"
                placeholder="https://cloud-images.example.org/noble.qcow2"
                onChange={(event) => props.onUrlTyped(event.target.value)}
                className={inputClasses}
              />
            )}
          </Field>
        </div>
      )}
      <Field
        id="expected_hash"
        label="Expected checksum (optional)"
        errors={errors('expected_hash')}
        hint="Paste the MD5, SHA-256 or SHA-512 the image’s publisher lists; Iris compares it with what Glance computes."
      >
        {(p) => <input {...p} name="expected_hash" autoComplete="off" spellCheck={false} className={`${inputClassesWith({ text: 'text-xs' })} font-mono`} />}
      </Field>
    </CreateFormSection>
  );
}
