/**
 * Hands text to the browser as a file download. (The checklist and graph areas have their own; this
 * one keeps their code out of the scorecard chunks.)
 */
export function downloadText(fileName: string, text: string, type = "application/yaml;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled, not before the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
