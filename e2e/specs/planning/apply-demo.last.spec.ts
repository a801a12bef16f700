import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";
import { applyOperations, createScenario, dragOnto, mapNode, metricRow, ringed } from "./scenario-page.ts";

// Applying changes the demo organisation every other spec reads, so this file runs in the
// "catalog-writes" project, after all the others (see playwright.config.ts), and puts the demo back.
test.use({ viewport: { width: 1600, height: 1000 } });

test.afterAll(async ({ request }) => {
  await applyOperations(request, uniqueName("E2E put b-service back"), [{ op: "move", item: { kind: "component", ref: "b-service" }, to: "team-b" }]);
});

test("a manager drags b-service's repository to team A, applies the scenario, and the catalog follows", async ({ page }) => {
  const name = uniqueName("E2E b-service to team A");
  await createScenario(page, name);
  await dragOnto(page, "repository:b-service-app", "team:team-a");
  await expect(ringed(mapNode(page, "scenario", "repository:b-service-app"))).toBeVisible();
  await expect(metricRow(page, "Conway alignment").getByRole("cell").nth(1)).toHaveText("37.5%");

  await page.getByRole("button", { name: "Apply…" }).click();
  const dialog = page.getByRole("dialog", { name: `Apply “${name}”?` });
  await expect(dialog).toContainText("This writes the scenario's change to the live catalog");
  await dialog.getByRole("button", { name: "Apply scenario" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Applied", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "What the apply changed" })).toContainText("b-service: Microservice team B → Microservice team A");

  await page.goto("/components/b-service");
  const ownership = page.getByRole("region", { name: "Ownership" });
  await expect(ownership.getByRole("link", { name: "Microservice team A" })).toBeVisible();
  await expect(ownership.getByRole("link", { name: "Microservice team B" })).toHaveCount(0);
});
