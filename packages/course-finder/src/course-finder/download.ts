/**
 * Offers text as a file download: a Blob behind a temporary `<a download>` that is
 * clicked and removed. Nothing leaves the device. `parent` holds the link for that moment
 * (the widget's shadow root, so the host page never sees it).
 */
export function downloadText(parent: ShadowRoot | HTMLElement, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
