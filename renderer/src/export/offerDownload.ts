/** Browser mode: hands the export to the browser as a file download (UTF-8; a CSV's byte-order mark is in `content`). */
export function offerDownload(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked at once, the URL could vanish before the browser has read it; kept, it would hold the content in memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
