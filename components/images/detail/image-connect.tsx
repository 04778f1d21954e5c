import type { ImageCatalog } from '@/lib/images/catalog';
import { sshCommand } from '@/lib/images/catalog';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { ImageSection } from '@/components/images/shared/image-section';

/** For images that declare their login user: the first command after a server boots from it. */
export function ImageConnect({ catalog, property }: { catalog: ImageCatalog; property: string }) {
  if (!catalog.loginUser) return null;
  return (
    <ImageSection
      id="image-connect"
      title="How to connect"
      description={`Servers booted from this image accept SSH logins as “${catalog.loginUser}” (the image's ${property} property), with the key pair chosen at boot.`}
    >
      <ImageCliCommand command={sshCommand(catalog.loginUser)} label="connect with ssh" />
    </ImageSection>
  );
}
