/**
 * Saves text as a file the way the platform does it: a blob download, which Electron turns into a save
 * dialog and a browser into a download. Nothing is written by the app behind the user's back.
 */
export function downloadText(filename: string, content: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
