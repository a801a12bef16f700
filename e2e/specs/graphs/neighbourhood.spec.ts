import { expect, test } from "@playwright/test";
import { drawnNodeIds, node, waitForGraph } from "./graph-page.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

test("a neighbourhood grows when a node is expanded and re-centres on another", async ({ page }) => {
  await page.goto("/graphs/neighbourhood/component/b-service");
  await expect(page.getByRole("heading", { level: 1, name: "b-service" })).toBeVisible();
  await waitForGraph(page);
  const before = await drawnNodeIds(page);
  expect(before).toContain("team:team-b");
  expect(before).not.toContain("solution-area:client-x-ui");
  await expect(node(page, "component:b-service").locator(".graph-node--centre")).toBeVisible();

  // Expand around a-service: its team, repositories and namespaces join the drawing.
  // A focused node shows its actions, as a hovered one does.
  const aService = node(page, "component:a-service");
  await aService.focus();
  await aService.getByRole("button", { name: "Expand around a-service" }).click();
  await expect(page).toHaveURL(/expand=component%3Aa-service/);
  await expect(node(page, "team:team-a")).toBeVisible({ timeout: 20_000 });
  const after = await drawnNodeIds(page);
  expect(after.length).toBeGreaterThan(before.length);

  // One step deeper from the toolbar.
  await page.getByLabel("Depth").selectOption("2");
  await expect(page).toHaveURL(/depth=2/);
  await waitForGraph(page);

  // Re-centre on team B.
  const team = node(page, "team:team-b");
  await team.focus();
  await team.getByRole("button", { name: "Centre on Microservice team B" }).click();
  await expect(page).toHaveURL(/\/graphs\/neighbourhood\/team\/team-b$/);
  await waitForGraph(page);
  await expect(node(page, "team:team-b").locator(".graph-node--centre")).toBeVisible();
  await page.screenshot({ path: "screenshots/graphs-neighbourhood.png" });
});

test("the neighbourhood page links to the entity page", async ({ page }) => {
  await page.goto("/graphs/neighbourhood/namespace/prd-istio-system");
  await waitForGraph(page);
  await page.getByRole("link", { name: "Open the namespace page" }).click();
  await expect(page).toHaveURL(/\/namespaces\/prd-istio-system$/);
});
