import { scopeKey, type TChecklistScope } from "../shared/scope.ts";

/** "checklist-component-b-service-gaps.md": says whose checklist it is and whether it is the whole. */
export function markdownFileName(scope: TChecklistScope, gapsOnly: boolean): string {
  const name = scopeKey(scope)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `checklist-${name}${gapsOnly ? "-gaps" : ""}.md`;
}

/** Hands text to the browser as a file download. */
export function downloadText(fileName: string, text: string, type = "text/markdown;charset=utf-8"): void {
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
