import { SubNav } from '@/components/ui/sub-nav';

const SECTIONS = [
  { href: '/admin/images', label: 'All images' },
  { href: '/admin/metadefs', label: 'Metadata definitions' },
] as const;

/** The admin area's sections, under every admin page's header. */
export function AdminSections({ current }: { current: (typeof SECTIONS)[number]['href'] }) {
  return <SubNav label="Admin sections" tabs={[...SECTIONS]} current={current} />;
}
