import { cn } from '@/lib/utils';

interface ImageSectionProps {
  id: string;
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  tone?: 'default' | 'danger';
  className?: string;
  children: React.ReactNode;
}

/** One titled card on the image pages; the heading labels the region for screen readers. */
export function ImageSection({ id, title, description, actions, tone = 'default', className, children }: ImageSectionProps) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cn('rounded-lg bg-white shadow-sm ring-1', tone === 'danger' ? 'ring-red-200' : 'ring-slate-200', className)}
    >
      <div className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 px-5 py-3">
        <div>
          <h2 id={`${id}-title`} className={cn('text-sm font-semibold', tone === 'danger' ? 'text-red-800' : 'text-slate-900')}>
            {title}
          </h2>
          {description && <p className="mt-0.5 text-xs text-slate-500">{description}</p>}
        </div>
        {actions}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
