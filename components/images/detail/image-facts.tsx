import { CopyButton } from '@/components/ui/copy-button';
import type { Image } from '@/lib/glance/schemas';
import { formatBytes, formatDate } from '@/lib/utils';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { ImageSection } from '@/components/images/shared/image-section';
import { cli } from '@/lib/images/cli';
import type { ImageCatalog } from '@/lib/images/catalog';

interface ImageFactsProps {
  image: Image;
  catalog: ImageCatalog;
  ownerLabel: string;
  ownedByViewer: boolean;
}

function Fact({ term, children, wide }: { term: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <dt className="text-xs font-medium text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-sm text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-500">—</span>;
const bytes = (value: number | null | undefined) =>
  value === null || value === undefined ? none : <span title={`${value.toLocaleString('en')} bytes`}>{formatBytes(value)}</span>;

/** Every core field Glance returns for the image. */
export function ImageFacts({ image, catalog, ownerLabel, ownedByViewer }: ImageFactsProps) {
  return (
    <ImageSection id="image-facts" title="Details">
      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        <Fact term="ID" wide>
          <span className="flex items-center gap-2">
            <code className="font-mono text-xs break-all">{image.id}</code>
            <CopyButton value={image.id} label="image ID" />
          </span>
        </Fact>
        <Fact term="Owner">
          {ownerLabel}
          {ownedByViewer && <span className="text-slate-500"> (your project)</span>}
        </Fact>
        <Fact term="Type">
          {catalog.kind === 'snapshot' ? (
            <>
              Instance snapshot
              {catalog.instanceId && (
                <span className="block text-xs text-slate-600">
                  of instance <code className="font-mono">{catalog.instanceId}</code>
                </span>
              )}
            </>
          ) : (
            'Image'
          )}
        </Fact>
        <Fact term="Operating system">{catalog.os ?? none}</Fact>
        <Fact term="Status">{image.status}</Fact>
        <Fact term="Visibility">
          <span className="capitalize">{image.visibility}</span>
        </Fact>
        <Fact term="Protected">{image.protected ? 'Yes: cannot be deleted' : 'No'}</Fact>
        <Fact term="Hidden from lists">{image.os_hidden ? 'Yes' : 'No'}</Fact>
        <Fact term="Disk format">{image.disk_format ?? none}</Fact>
        <Fact term="Container format">{image.container_format ?? none}</Fact>
        <Fact term="Size">{bytes(image.size)}</Fact>
        <Fact term="Virtual size">{bytes(image.virtual_size)}</Fact>
        <Fact term="Minimum disk">{image.min_disk ? `${image.min_disk} GiB` : 'No minimum'}</Fact>
        <Fact term="Minimum RAM">{image.min_ram ? `${image.min_ram} MiB` : 'No minimum'}</Fact>
        <Fact term="Stores">{image.stores ? image.stores.split(',').join(', ') : none}</Fact>
        <Fact term="Created">{formatDate(image.created_at)}</Fact>
        <Fact term="Updated">{formatDate(image.updated_at)}</Fact>
      </dl>
      <div className="mt-5">
        <ImageCliCommand command={cli.show(image.id)} label="show this image" />
      </div>
    </ImageSection>
  );
}

/** md5 checksum and the multihash Glance computed while storing the data. */
export function ImageChecksums({ image }: { image: Image }) {
  const rows: [string, string | null | undefined][] = [
    ['Checksum (MD5)', image.checksum],
    ['Hash algorithm (os_hash_algo)', image.os_hash_algo],
    ['Hash value (os_hash_value)', image.os_hash_value],
  ];
  return (
    <ImageSection id="image-checksums" title="Data integrity" description="Compare these with the file you download or upload.">
      <dl className="space-y-3">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className="text-xs font-medium text-slate-500">{term}</dt>
            <dd className="mt-0.5 flex items-start gap-2 text-sm">
              {value ? (
                <>
                  <code className="min-w-0 flex-1 font-mono text-xs break-all text-slate-900">{value}</code>
                  <CopyButton value={value} label={term} />
                </>
              ) : (
                <span className="text-slate-500">— (no data yet)</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </ImageSection>
  );
}
