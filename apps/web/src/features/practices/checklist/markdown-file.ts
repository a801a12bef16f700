import { scopeKey, type TChecklistScope } from "../shared/scope.ts";

/** "checklist-component-b-service-gaps.md": says whose checklist it is and whether it is the whole. */
export function markdownFileName(scope: TChecklistScope, gapsOnly: boolean): string {
  const name = scopeKey(scope)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `checklist-${name}${gapsOnly ? "-gaps" : ""}.md`;
}
