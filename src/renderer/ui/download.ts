/** Saves bytes the API returned as a file: a download in the browser host. */
export function downloadFile(file: {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
