import { formatBytes, formatDate } from '@/lib/utils';
import type { Image } from '@/lib/glance/schemas';
import { ImageStatusBadge } from './image-status-badge';

export function ImagesTable({ images }: { images: Image[] }) {
  if (images.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <p className="font-medium text-slate-900">No images here yet</p>
        <p className="mt-1 text-sm text-slate-600">Images your project creates or uploads appear in this list.</p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Images</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3">Name</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Visibility</th>
            <th scope="col" className="px-4 py-3">Format</th>
            <th scope="col" className="px-4 py-3 text-right">Size</th>
            <th scope="col" className="px-4 py-3">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {images.map((image) => (
            <tr key={image.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 font-medium text-slate-900">{image.name || <span className="text-slate-500">(no name)</span>}</td>
              <td className="px-4 py-3">
                <ImageStatusBadge status={image.status} />
              </td>
              <td className="px-4 py-3 capitalize">{image.visibility}</td>
              <td className="px-4 py-3 uppercase text-slate-600">{image.disk_format ?? '—'}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatBytes(image.size)}</td>
              <td className="px-4 py-3 text-slate-600">{formatDate(image.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
