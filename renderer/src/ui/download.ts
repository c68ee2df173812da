/**
 * Saves a file the way the platform does it: a blob download, which Electron turns into a save dialog
 * and a browser into a download. Nothing is written by the app behind the user's back.
 */
function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function downloadText(filename: string, content: string, type = 'text/markdown;charset=utf-8'): void {
  saveBlob(filename, new Blob([content], { type }));
}

/** A binary export (the PDF) that crossed the API as base64. */
export function downloadBase64(filename: string, base64: string, type: string): void {
  saveBlob(filename, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}
