import { expect, test } from "@playwright/test";
import { openChecklist, overallPercent, practiceRow } from "./checklist-page.ts";

// b-service is the demo's component with gaps. This file answers "Fault injection" on it, which no
// other spec reads; the export spec reads b-service's other gaps only.

test("b-service's checklist shows its gaps and the answers it inherits from the organisation", async ({ page }) => {
  await page.goto("/components/b-service");
  await page.getByRole("region", { name: "Practice checklist" }).getByRole("link", { name: "Open checklist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "b-service" })).toBeVisible();
  await expect(page).toHaveURL(/\/components\/b-service\/checklist$/);

  await page.getByLabel("Status").selectOption({ label: "Gaps only" });
  await expect(page).toHaveURL(/gaps=1/);
  const liveness = practiceRow(page, "Liveness probe");
  await expect(liveness).toContainText("Not adopted");
  await expect(liveness).toContainText("Answered here by Daichi Kato");
  // Adopted practices are not gaps.
  await expect(practiceRow(page, "Readiness probe")).toHaveCount(0);

  // An organisation-wide answer shows as inherited, with a link to the organisation's checklist.
  const descheduler = practiceRow(page, "Descheduler");
  await expect(descheduler).toContainText("Not adopted");
  await expect(descheduler).toContainText("Inherited from organisation Example organisation");
  await descheduler.getByRole("link", { name: "Example organisation" }).click();
  await expect(page).toHaveURL(/\/settings\/checklist$/);
  await expect(practiceRow(page, "Descheduler")).toContainText("Answered here by Mai Fujita");
});

test("answering a practice moves the progress and goes into its history", async ({ page }) => {
  await openChecklist(page, "/components/b-service/checklist?section=26", "b-service");
  const before = await overallPercent(page);
  const row = practiceRow(page, "Fault injection");
  await expect(row).toContainText("Not answered yet");

  await row.getByRole("button", { name: /^Answer/ }).click();
  await row.getByLabel("Status").selectOption({ label: "Adopted" });
  await row.getByLabel("Answered by").fill("E2E Reviewer");
  await row.getByLabel("Note").fill("Istio fault injection runs in the test environment.");
  await row.getByRole("button", { name: "+ Add evidence link" }).click();
  await row.getByLabel("Evidence link 1", { exact: true }).fill("b-service-kubernetes/virtualservice-faults.yaml");
  await row.getByRole("button", { name: "Save answer" }).click();

  await expect(row.getByRole("status")).toHaveText("Answer saved.");
  await expect(row).toContainText("Adopted");
  await expect(row).toContainText("Answered here by E2E Reviewer");
  await expect(row.getByRole("list", { name: "Evidence" })).toContainText("b-service-kubernetes/virtualservice-faults.yaml");
  await expect.poll(() => overallPercent(page)).toBeGreaterThan(before);

  await row.getByRole("button", { name: /^History/ }).click();
  await expect(row).toContainText("First answer:");
  await expect(row).toContainText("E2E Reviewer");

  // The name is remembered for the next answer.
  const chaos = practiceRow(page, "Chaos engineering");
  await chaos.getByRole("button", { name: /^Answer/ }).click();
  await expect(chaos.getByLabel("Answered by")).toHaveValue("E2E Reviewer");
  await chaos.getByRole("button", { name: "Cancel" }).click();

  // The whole checklist's history lists the change too.
  await expect(page.getByRole("region", { name: "Answer history" })).toContainText("Fault injection");
});
