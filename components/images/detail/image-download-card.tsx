import { cli } from '@/lib/images/cli';
import { downloadFileName } from '@/lib/images/download';
import { canDownload, type Viewer } from '@/lib/glance/permissions';
import type { Image } from '@/lib/glance/schemas';
import { formatBytes } from '@/lib/utils';
import { fileUrl } from './image-header';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { ImageSection } from '@/components/images/shared/image-section';

/** Download, and the two commands that move the image to another cloud. */
export function ImageDownloadCard({ image, viewer }: { image: Image; viewer: Viewer }) {
  const permission = canDownload(image, viewer);
  const file = downloadFileName(image);
  const recreate = cli.createElsewhere(image, file);
  return (
    <ImageSection id="image-download" title="Download" description="Save the image data, for a backup or to move it to another cloud.">
      <div className="space-y-3">
        <p className="text-sm text-slate-600">
          {permission.allowed ? (
            <>
              <a href={fileUrl(image.id)} download className="font-medium text-brand-700 hover:underline">
                {file}
              </a>{' '}
              ({formatBytes(image.size)}), resumable.
            </>
          ) : (
            permission.reason
          )}
        </p>
        {permission.allowed && (
          <>
            <ImageCliCommand command={cli.save(image.id, file)} label="download the image" />
            <p className="text-xs text-slate-500">Then, in the other cloud (with its properties, tags and minimum disk and RAM):</p>
            {recreate.map((line, index) => (
              <ImageCliCommand key={line} command={line} label={index === 0 ? 'upload it to another cloud' : 'hide it there too'} />
            ))}
          </>
        )}
      </div>
    </ImageSection>
  );
}
