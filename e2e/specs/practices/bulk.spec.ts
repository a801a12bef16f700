import { expect, test } from "@playwright/test";
import { practiceRow } from "./checklist-page.ts";

// Only this file answers "Chaos engineering" on a-service and x-service; b-service is left out
// because the checklist spec measures its progress.

test("one practice marked for several components shows on each of their checklists", async ({ page }) => {
  await page.goto("/practices");
  await page.getByRole("listitem", { name: "Chaos engineering", exact: true }).getByRole("link", { name: "Answer for many components" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Answer for many components" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Practice/ })).toHaveValue("testing.chaos");

  // Other specs add components of their own, so pick by owner team rather than count microservices.
  const selected = page.getByRole("list", { name: "Selected components" });
  await page.getByLabel("Owner team").selectOption({ label: "Microservice team A" });
  await page.getByLabel(/^Select all \d+ on this page/).check();
  await expect(selected.getByRole("listitem").filter({ hasText: "a-service" })).toBeVisible();
  // The selection is kept while the filter changes.
  await page.getByLabel("Owner team").selectOption({ label: "Microservice team X" });
  await page.getByRole("checkbox", { name: "Select x-service" }).check();
  await page.getByLabel("Owner team").selectOption({ label: "Microservice team B" });
  await page.getByRole("checkbox", { name: "Select b-service" }).check();
  await selected.getByRole("button", { name: "Remove b-service" }).click();
  await expect(selected.getByRole("listitem")).toHaveCount(2);
  await expect(selected).toContainText("a-service");
  await expect(selected).toContainText("x-service");

  await page.getByLabel("Status").selectOption({ label: "Adopted" });
  await page.getByLabel("Answered by").fill("E2E Platform team");
  await page.getByLabel("Note").fill("Chaos Mesh experiments run weekly in staging.");
  await page.getByRole("button", { name: "Set on 2 checklists" }).click();
  await expect(page.getByRole("status").filter({ hasText: "set to" })).toContainText("on 2 checklists");

  for (const slug of ["a-service", "x-service"]) {
    await page.goto(`/components/${slug}/checklist?section=26`);
    const row = practiceRow(page, "Chaos engineering");
    await expect(row).toContainText("Adopted");
    await expect(row).toContainText("Answered here by E2E Platform team");
  }
  await page.goto("/components/b-service/checklist?section=26");
  await expect(practiceRow(page, "Chaos engineering")).toContainText("Not answered yet");
});

test("when the server refuses one component, nothing is written and the message names it", async ({ page }) => {
  await page.goto("/practices/bulk?item=testing.e2e");
  await page.getByLabel("Kind").selectOption({ label: "Frontend" });
  await page.getByRole("checkbox", { name: "Select x-frontend" }).check();
  // A microservice-only practice: x-frontend's checklist does not ask it.
  await page.getByRole("combobox", { name: /^Practice/ }).selectOption({ label: "Database migration before deploying" });
  await page.getByLabel("Answered by").fill("E2E Platform team");
  await page.getByRole("button", { name: "Set on 1 checklist" }).click();

  const chip = page.getByRole("list", { name: "Selected components" }).getByRole("listitem").filter({ hasText: "x-frontend" });
  await expect(chip).toContainText('The practice "delivery.microservice.db-migration-before-deploy" is not asked on the checklist of component "x-frontend".');
  await expect(chip).not.toContainText("itemId:");
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
});
