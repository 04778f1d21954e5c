'use client';

import { Field, inputClasses } from '@/components/ui/field';
import { MetadataField } from '@/components/images/form/metadata-field';
import type { CreateImageOptions } from '@/lib/images/create-options';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';

const DISK_FORMAT_LABELS: Record<string, string> = {
  qcow2: 'qcow2 (QEMU copy-on-write)',
  raw: 'raw (plain disk)',
  iso: 'iso (optical disc)',
  vmdk: 'vmdk (VMware)',
  vhd: 'vhd (Hyper-V, VirtualBox)',
  vhdx: 'vhdx (Hyper-V)',
  vdi: 'vdi (VirtualBox)',
  ploop: 'ploop (Virtuozzo)',
  ami: 'ami (Amazon machine)',
  aki: 'aki (Amazon kernel)',
  ari: 'ari (Amazon ramdisk)',
};

interface CreateFormatFieldsProps {
  options: CreateImageOptions;
  diskFormat: string;
  onDiskFormat: (value: string) => void;
  containerFormat: string;
  onContainerFormat: (value: string) => void;
  minDisk: string;
  onMinDisk: (value: string) => void;
  /** The chosen file's bytes contradict the disk format (a warning: the user may know better). */
  formatWarning?: string;
  errors: FieldErrorsOf;
}

function FormatSelects(props: CreateFormatFieldsProps) {
  const { options, errors } = props;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id="disk_format"
        label="Disk format"
        errors={errors('disk_format')}
        hint={
          props.formatWarning && (
            <span role="status" data-testid="format-mismatch" className="text-sm text-amber-800">
              {props.formatWarning}
            </span>
          )
        }
      >
        {(p) => (
          <select {...p} name="disk_format" value={props.diskFormat} onChange={(e) => props.onDiskFormat(e.target.value)} className={inputClasses}>
            <option value="">Choose…</option>
            {options.diskFormats.map((format) => (
              <option key={format} value={format}>
                {DISK_FORMAT_LABELS[format] ?? format}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="container_format" label="Container format" errors={errors('container_format')} hint="bare unless the file is an OVF/OVA package or a Docker tarball.">
        {(p) => (
          <select {...p} name="container_format" value={props.containerFormat} onChange={(e) => props.onContainerFormat(e.target.value)} className={inputClasses}>
            {options.containerFormats.map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** Disk and container format (this Glance's enums), OS facts and boot requirements. */
export function CreateFormatFields(props: CreateFormatFieldsProps) {
  const { errors } = props;
  return (
    <CreateFormSection title="Format and system" description="Nova uses these to boot the image on the right hardware and flavors.">
      <FormatSelects {...props} />
      <div className="grid gap-4 sm:grid-cols-3">
        <MetadataField field="architecture" errors={errors('architecture')} />
        <MetadataField field="os_distro" errors={errors('os_distro')} />
        <MetadataField field="os_version" errors={errors('os_version')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <MetadataField field="min_disk" errors={errors('min_disk')} control={{ value: props.minDisk, onChange: (event) => props.onMinDisk(event.target.value) }} />
        <MetadataField field="min_ram" errors={errors('min_ram')} />
      </div>
    </CreateFormSection>
  );
}
