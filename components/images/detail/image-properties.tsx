import { Badge } from '@/components/ui/badge';
import { CORE_IMAGE_KEYS } from '@/lib/glance/constants';
import { isReservedKey } from '@/lib/images/edit-schema';
import type { Image } from '@/lib/glance/schemas';
import { ImageSection } from '@/components/images/shared/image-section';

function customProperties(image: Image): [string, string][] {
  return Object.entries(image)
    .filter(([key]) => !CORE_IMAGE_KEYS.has(key))
    .map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}

export function ImageTags({ tags }: { tags: string[] }) {
  return (
    <ImageSection id="image-tags" title="Tags">
      {tags.length === 0 ? (
        <p className="text-sm text-slate-500">No tags.</p>
      ) : (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li key={tag}>
              <Badge tone="blue">{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
    </ImageSection>
  );
}

/** Every custom property on the record; the ones Glance reserves are marked read-only. */
export function ImageProperties({ image }: { image: Image }) {
  const properties = customProperties(image);
  return (
    <ImageSection id="image-properties" title="Properties" description="Custom key–value metadata, such as os_distro or hw_disk_bus.">
      {properties.length === 0 ? (
        <p className="text-sm text-slate-500">No custom properties.</p>
      ) : (
        <div className="relative -mx-5 -my-4 overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Custom properties</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="w-2/5 px-5 py-2">Key</th>
                <th scope="col" className="px-5 py-2">Value</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {properties.map(([key, value]) => (
                <tr key={key}>
                  <th scope="row" className="px-5 py-2 text-left align-top font-mono text-xs font-normal break-all text-slate-700">
                    {key}
                    {isReservedKey(key) && (
                      <Badge tone="gray" className="ml-2 font-sans">
                        set by Glance
                      </Badge>
                    )}
                  </th>
                  <td className="px-5 py-2 align-top font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
                    {value === '' ? <span className="font-sans text-slate-400">(empty)</span> : value}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ImageSection>
  );
}
