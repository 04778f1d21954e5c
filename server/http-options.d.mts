export interface HttpServerOptions {
  requestTimeout: number;
  headersTimeout: number;
  keepAliveTimeout: number;
  idleTimeout: number;
}
export function httpServerOptions(env?: Record<string, string | undefined>): HttpServerOptions;
