'use client';

import { Field, inputClasses } from '@/components/ui/field';
import type { CreateImageOptions } from '@/lib/images/create-options';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';

// Values from the Glance property-keys reference (python-glanceclient docs); free text is allowed too.
const ARCHITECTURES = ['x86_64', 'aarch64', 'ppc64le', 's390x', 'riscv64', 'i686', 'armv7l'];
const DISTROS = ['almalinux', 'arch', 'centos', 'cirros', 'debian', 'fedora', 'freebsd', 'gentoo', 'netbsd', 'openbsd', 'opensuse', 'rhel', 'rocky', 'sles', 'ubuntu', 'windows'];

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

function Suggestions({ id, values }: { id: string; values: string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
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
        <Field id="architecture" label="Architecture" errors={errors('architecture')}>
          {(p) => <input {...p} name="architecture" list="architectures" placeholder="x86_64" autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="os_distro" label="OS distro" errors={errors('os_distro')}>
          {(p) => <input {...p} name="os_distro" list="distros" placeholder="ubuntu" autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="os_version" label="OS version" errors={errors('os_version')}>
          {(p) => <input {...p} name="os_version" placeholder="24.04" autoComplete="off" className={inputClasses} />}
        </Field>
      </div>
      <Suggestions id="architectures" values={ARCHITECTURES} />
      <Suggestions id="distros" values={DISTROS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="min_disk" label="Minimum disk (GB)" errors={errors('min_disk')} hint="Smallest root disk that fits the image. 0: no minimum.">
          {(p) => <input {...p} name="min_disk" inputMode="numeric" value={props.minDisk} onChange={(e) => props.onMinDisk(e.target.value)} placeholder="0" className={inputClasses} />}
        </Field>
        <Field id="min_ram" label="Minimum RAM (MB)" errors={errors('min_ram')} hint="0: no minimum.">
          {(p) => <input {...p} name="min_ram" inputMode="numeric" placeholder="0" className={inputClasses} />}
        </Field>
      </div>
    </CreateFormSection>
  );
}
