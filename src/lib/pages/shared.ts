// What page data (one module per route, src/lib/pages/<page>.ts) has in common.

/** A route that is a file (CSV, JSON, feed, stylesheet): its text and type. */
export interface PageFile {
  body: string;
  contentType: string;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** The response an endpoint route returns for a file. */
export function fileResponse(file: PageFile): Response {
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
}

/** The response an endpoint route returns for a binary file (PNG). */
export function bytesResponse(bytes: Uint8Array, contentType: string): Response {
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentType } });
}
