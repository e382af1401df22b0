import { sendApiRequest } from './api-client';

/**
 * A file from the API (the CSV export) as a blob, with the name the server gave it. Fetched like every
 * other request (so the in-browser mock answers it too; an `<a download>` navigation would bypass it),
 * then saved by the caller through an object URL.
 */
export async function apiDownload(path: string, signal?: AbortSignal): Promise<{ blob: Blob; filename: string | null }> {
  const response = await sendApiRequest(path, { headers: { Accept: 'text/csv' }, signal });
  const filename = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? null;
  return { blob: await response.blob(), filename };
}
