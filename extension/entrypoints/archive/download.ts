/** Saving and opening files from the archive page, through blob URLs (nothing leaves the computer). */

export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The type a stored document is opened as. A document's type comes from the portal's answer or a backup
 * file; anything but a PDF or a picture (HTML, SVG, XML could run script in the extension's own origin) is
 * handed over as plain bytes, which the browser saves instead of showing.
 */
export function viewableType(type: string): string {
  return /^(?:application\/pdf|image\/(?:png|jpeg|gif|webp))$/i.test(type.trim()) ? type.trim() : 'application/octet-stream';
}

export function openFile(data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: viewableType(type) }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "fattura-tim-8A00123456.pdf": safe characters only. */
export function fileName(prefix: string, id: string, ext: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]+/g, '-')}.${ext}`;
}
