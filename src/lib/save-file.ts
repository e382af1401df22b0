/** Hands a blob to the browser as a download, without leaving the page (CSV exports, chart data). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Later than the click: the download may read the URL after this task (revoking at once can cancel it).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
