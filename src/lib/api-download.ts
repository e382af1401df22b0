import { NetworkError } from './api-errors';
import { readProblem, resolveUrl } from './api-client';

/**
 * A file from the API (the CSV export) as a blob, with the name the server gave it. Fetched like every
 * other request (so the in-browser mock answers it too; an `<a download>` navigation would bypass it),
 * then saved by the caller through an object URL.
 */
export async function apiDownload(path: string, signal?: AbortSignal): Promise<{ blob: Blob; filename: string | null }> {
  let response: Response;
  try {
    response = await fetch(resolveUrl(path), { headers: { Accept: 'text/csv' }, credentials: 'include', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await readProblem(response);
  const filename = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? null;
  return { blob: await response.blob(), filename };
}
