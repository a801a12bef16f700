import { expect, test } from "@playwright/test";
import { openChecklist } from "./checklist-page.ts";

// x-bff's decisions are recorded only by this file; ownership mode and repository strategy (which
// also change settings other specs read) are left alone.

test("choosing a discouraged alternative warns before and after recording it", async ({ page }) => {
  await openChecklist(page, "/components/x-bff/checklist", "x-bff");
  const decisions = page.getByRole("region", { name: /^Architecture decisions/ });
  const row = decisions.getByRole("listitem", { name: "Deployment pattern", exact: true });
  await expect(row).toContainText("Service instance per container");
  await expect(row).toContainText("Inherited from organisation Example organisation");

  await row.getByRole("button", { name: /^Record decision/ }).click();
  await row.getByRole("radio", { name: /^Serverless platform/ }).check();
  await expect(row.getByRole("alert")).toContainText("The article advises against “Serverless platform”.");
  await expect(row.getByRole("alert")).toContainText("Serverless functions blur the line between application and infrastructure");
  await row.getByLabel("Rationale").fill("Image resizing for the BFF runs as a Lambda while we evaluate it.");
  await row.getByLabel("Decided by").fill("E2E Architect");
  await row.getByRole("button", { name: "Record anyway" }).click();

  await expect(row.getByRole("status")).toContainText("Decision recorded: Serverless platform.");
  await expect(row).toContainText("Decided here");
  await expect(row).toContainText("In force against the article's advice.");
  await expect(row).toContainText("by E2E Architect");

  // The decision point's record log shows which scope chose what.
  await row.getByRole("link", { name: "Deployment pattern" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deployment pattern" })).toBeVisible();
  const log = page.getByRole("table", { name: "Decision records" });
  await expect(log.getByRole("row").filter({ hasText: "x-bff" })).toContainText("Serverless platform");
  await expect(log.getByRole("row").filter({ hasText: "x-bff" })).toContainText("Discouraged by the article");
  await expect(log.getByRole("row").filter({ hasText: "Example organisation" })).toContainText("Service instance per container");

  // The page survives a reload (its id has a dot in it).
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Deployment pattern" })).toBeVisible();
});
