/** The light-weight checks a curator looks at before an image becomes Official. */
export interface ReviewCheck {
  id: 'active' | 'checksum' | 'os_distro' | 'min_disk' | 'description';
  label: string;
  passed: boolean;
  required: boolean;
}

export interface ReviewableImage {
  status: string;
  os_hash_value?: string | null;
  checksum?: string | null;
  min_disk?: number;
  [key: string]: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Only "active with data" blocks publication (an Official image nobody can boot is worse than
 * none); the rest are the metadata Nova and users rely on, shown as advice.
 */
export function reviewChecks(image: ReviewableImage): ReviewCheck[] {
  return [
    { id: 'active', label: 'Active, with data uploaded', passed: image.status === 'active', required: true },
    { id: 'checksum', label: 'Checksum recorded', passed: !!(image.os_hash_value || image.checksum), required: false },
    { id: 'os_distro', label: 'os_distro set', passed: text(image.os_distro) !== '', required: false },
    { id: 'min_disk', label: 'Minimum disk set', passed: (image.min_disk ?? 0) > 0, required: false },
    { id: 'description', label: 'Description written', passed: text(image.description) !== '', required: false },
  ];
}

export function canPublishAsOfficial(image: ReviewableImage): boolean {
  return reviewChecks(image).every((check) => check.passed || !check.required);
}
