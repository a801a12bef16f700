import { expect, test } from "@playwright/test";
import { openChecklist, practiceRow } from "./checklist-page.ts";

// x-frontend's checklist is changed only by this file.

test("overriding an inherited answer needs a reason, then shows as answered here", async ({ page }) => {
  await openChecklist(page, "/components/x-frontend/checklist?section=25", "x-frontend");
  const row = practiceRow(page, "Descheduler");
  await expect(row).toContainText("Inherited from organisation Example organisation");

  await row.getByRole("button", { name: /^Override/ }).click();
  await row.getByLabel("Status").selectOption({ label: "Not applicable" });
  await row.getByLabel("Answered by").fill("E2E Reviewer");
  await row.getByRole("button", { name: "Save override" }).click();

  const reason = row.getByLabel("Reason for overriding");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toBeFocused();
  await expect(row.getByText("Say why this checklist differs from the answer inherited from organisation Example organisation.")).toBeVisible();

  await reason.fill("x-frontend is static files on a CDN: there are no pods to move.");
  await row.getByRole("button", { name: "Save override" }).click();
  await expect(row.getByRole("status")).toHaveText("Answer saved.");
  await expect(row).toContainText("Not applicable");
  await expect(row).toContainText("Answered here by E2E Reviewer");
  await expect(row).toContainText("x-frontend is static files on a CDN");
});

test("not applicable needs a reason: the server's message shows next to the note", async ({ page }) => {
  await openChecklist(page, "/components/x-frontend/checklist?section=26", "x-frontend");
  const row = practiceRow(page, "Regression tests");
  await row.getByRole("button", { name: /^Answer/ }).click();
  await row.getByLabel("Status").selectOption({ label: "Not applicable" });
  await row.getByLabel("Answered by").fill("E2E Reviewer");
  await row.getByRole("button", { name: "Save answer" }).click();

  const note = row.getByLabel("Note");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(row.getByText("Say why the practice does not apply.", { exact: true })).toBeVisible();

  await note.fill("Covered by the browser end-to-end suite.");
  await row.getByRole("button", { name: "Save answer" }).click();
  await expect(row.getByRole("status")).toHaveText("Answer saved.");
  await expect(row).toContainText("Not applicable");
});
