import { NextResponse } from 'next/server';
import { authoriseUpload } from '@/lib/data/upload-authorisation';
import { env } from '@/lib/env';
import { NGINX_SECRET_HEADER, askedByNginx, nginxUploadGrant, uploadImageIdOf, uploadSearchOf, uploadStoreChosen } from '@/lib/nginx/byte-path';
import { uploadTargetOf } from '@/lib/upload/server/request-checks';

/**
 * nginx's auth_request for an upload on the nginx byte path (docs/deployment.md). Answers only
 * nginx (the shared secret header; nginx also refuses /api/nginx/* from outside): a yes carries
 * the Keystone token in a header that nginx uses towards Glance and never forwards. A no is a
 * bare 403, on which nginx hands the upload to the upload route to refuse it in words.
 */
export async function GET(request: Request) {
  const headers = request.headers;
  if (!askedByNginx(headers.get(NGINX_SECRET_HEADER), env().IRIS_NGINX_SECRET)) {
    return NextResponse.json({ error: { message: 'Not found.' } }, { status: 404, headers: { 'cache-control': 'no-store' } });
  }
  const decision = await authoriseUpload({
    headers,
    method: headers.get('x-iris-upload-method'),
    imageId: uploadImageIdOf(headers.get('x-iris-upload-uri')),
    target: uploadTargetOf(uploadSearchOf(headers.get('x-iris-upload-uri'))),
    contentLength: headers.get('x-iris-upload-length'),
    storeChosen: uploadStoreChosen(headers.get('x-iris-upload-uri')),
  });
  if (!decision.allowed) return new NextResponse(null, { status: 403, headers: { 'cache-control': 'no-store' } });
  return new NextResponse(null, { status: 204, headers: nginxUploadGrant(decision) });
}
