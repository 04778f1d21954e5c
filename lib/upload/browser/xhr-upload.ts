export interface UploadResponse {
  status: number;
  /** Parsed JSON body, when there is one. */
  body: unknown;
}

export class UploadNetworkError extends Error {
  constructor() {
    super('The connection to Iris was lost during the upload.');
    this.name = 'UploadNetworkError';
  }
}

/**
 * PUT a file with upload progress events. XMLHttpRequest, because fetch() reports no upload
 * progress; the browser streams the File from disk, it is never read into memory.
 */
export function putFileWithProgress(
  url: string,
  file: Blob,
  options: { signal: AbortSignal; onProgress: (loaded: number, total: number) => void },
): Promise<UploadResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    options.signal.addEventListener('abort', abort, { once: true });
    const done = () => options.signal.removeEventListener('abort', abort);
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => options.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      done();
      resolve({ status: xhr.status, body: parseJson(xhr.responseText) });
    };
    xhr.onerror = () => {
      done();
      reject(new UploadNetworkError());
    };
    xhr.onabort = () => {
      done();
      reject(options.signal.reason ?? new DOMException('Upload cancelled', 'AbortError'));
    };
    xhr.send(file);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
