import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { openChecklist } from "./checklist-page.ts";

test("the checklist's gaps export as Markdown, downloaded and copied", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openChecklist(page, "/components/b-service/checklist", "b-service");
  await page.getByRole("button", { name: "Export Markdown" }).click();
  const dialog = page.getByRole("dialog", { name: "Export the checklist as Markdown" });
  await dialog.getByLabel(/^Gaps only/).check();
  const preview = dialog.getByLabel("Markdown preview");
  await expect(preview).toContainText("Liveness probe");
  await expect(preview).not.toContainText("Readiness probe");

  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download .md" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("checklist-component-b-service-gaps.md");
  const markdown = fs.readFileSync(await download.path(), "utf8");
  expect(markdown).toContain("# Practice checklist: b-service (component)");
  expect(markdown).toContain("| Liveness probe (`deploy.probes.liveness`) | Not adopted | answered |");
  expect(markdown).toContain("| Descheduler (`scaling.pod.descheduler`) | Not adopted | inherited from organisation Example organisation |");
  expect(markdown).not.toContain("Readiness probe");

  await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate<string>("navigator.clipboard.readText()")).toBe(markdown);

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Export Markdown" })).toBeFocused();
});
