import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createReadStream, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A real qcow2 made by qemu-img, with `dataMiB` of a non-zero pattern written into it (qemu-io)
 * so its checksum is not that of an empty image. Glance's import converts it to a raw disk of
 * `virtualSize` (rawDigestsOf gives that disk's checksums).
 */
export function makeQcow2(dir: string, name: string, dataMiB = 1, virtualSize = '1G'): string {
  const file = path.join(dir, name);
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', file, virtualSize]);
  execFileSync('qemu-io', ['-c', `write -P 0x5a 0 ${dataMiB}M`, file], { stdio: 'ignore' });
  return file;
}

/** A sparse raw disk (valid for disk_format raw) of `mib` MiB, made with truncate. */
export function makeRaw(dir: string, name: string, mib: number): string {
  const file = path.join(dir, name);
  execFileSync('truncate', ['-s', `${mib}M`, file]);
  return file;
}

/** md5sum / sha512sum of a file, as the coreutils print them. */
export function digestOf(tool: 'md5sum' | 'sha512sum', file: string): string {
  return execFileSync(tool, [file], { encoding: 'utf8' }).split(' ')[0]!;
}

/**
 * md5 and sha512 of a disk image converted to raw by qemu-img: what Glance stores (and hashes)
 * after its image_conversion import plugin ran (glance-direct, web-download).
 */
export function rawDigestsOf(file: string): { md5: string; sha512: string } {
  const raw = `${file}.converted.raw`;
  execFileSync('qemu-img', ['convert', '-f', 'qcow2', '-O', 'raw', file, raw]);
  try {
    return { md5: digestOf('md5sum', raw), sha512: digestOf('sha512sum', raw) };
  } finally {
    rmSync(raw, { force: true });
  }
}

/** A static file server on 127.0.0.1 (Glance's web-download allow-list names 127.0.0.1, port 8089). */
export async function serveFile(file: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const name = path.basename(file);
  const server: Server = createServer((request, response) => {
    if (request.url !== `/${name}`) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
