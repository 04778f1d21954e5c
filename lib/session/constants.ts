/** Request header proxy.ts sets to the page being rendered, so login can come back to it. */
export const PATH_HEADER = 'x-iris-path';
