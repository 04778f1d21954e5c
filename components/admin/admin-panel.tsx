import { cn } from '@/lib/utils';

interface AdminPanelProps {
  title: string;
  description?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}

/** A titled white card; its heading names the region for screen readers. */
export function AdminPanel({ title, description, className, children }: AdminPanelProps) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className={cn('rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200', className)}>
      <h2 id={id} className="text-base font-semibold text-slate-900">{title}</h2>
      {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
