import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { drawnNodeIds, node, waitForGraph } from "./graph-page.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

test("clicking a node opens its entity page", async ({ page }) => {
  await page.goto("/graphs/ownership?clusterSlug=prd");
  await waitForGraph(page);
  await node(page, "repository:b-service-app").click();
  await expect(page).toHaveURL(/\/repositories\/b-service-app$/);
  await expect(page.getByRole("heading", { level: 1, name: "b-service" })).toBeVisible();
});

test("search centres on a match, rings it, hands it focus, and Enter opens it", async ({ page }) => {
  await page.goto("/graphs/ownership?clusterSlug=prd");
  await waitForGraph(page);
  await page.getByRole("searchbox").last().fill("x-bff-kubernetes");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.locator(".graph-search__status")).toHaveText("1 of 1");
  await expect(node(page, "repository:x-bff-kubernetes").locator(".graph-node--highlighted")).toBeVisible();
  await expect(node(page, "repository:x-bff-kubernetes")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/repositories\/x-bff-kubernetes$/);
});

test("nodes are reachable with the keyboard", async ({ page }) => {
  await page.goto("/graphs/context-map");
  await waitForGraph(page);
  const first = node(page, "bounded-context:context-b");
  await first.focus();
  await expect(first).toHaveAttribute("aria-label", /Bounded context Bounded context B/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/bounded-contexts\/context-b$/);
});

test("a group header collapses the group into one node, and the choice is kept in the URL", async ({ page }) => {
  await page.goto("/graphs/ownership?clusterSlug=prd");
  await waitForGraph(page);
  await page.getByRole("button", { name: /^Service mesh \d+$/ }).click();
  await expect(page).toHaveURL(/collapsed=group%3Amesh%3Aprd/);
  const collapsed = node(page, "group:mesh:prd");
  await expect(collapsed).toContainText("7 entries · collapsed");
  await expect(node(page, "namespace:prd-b-service")).toHaveCount(0);
  // Edges into the mesh now end at the collapsed group: the SRE team's two manual deploys become one.
  await expect(page.locator(".relation-label", { hasText: "Manual (Helmfile) ×2" })).toBeVisible();
  await collapsed.getByRole("button").click();
  await expect(node(page, "namespace:prd-b-service")).toBeVisible();
});

test("grouping and colouring change the drawing without another request", async ({ page }) => {
  await page.goto("/graphs/ownership?clusterSlug=prd");
  await waitForGraph(page);
  await page.getByLabel("Group by").selectOption({ label: "Team" });
  await expect(page).toHaveURL(/groupBy=team/);
  await expect(page.getByRole("button", { name: /^Microservice team B \d+$/ })).toBeVisible();
  await page.getByLabel("Colour by").selectOption({ label: "Mesh membership" });
  await expect(page.getByRole("region", { name: "Legend" })).toContainText("Mesh control plane");
});

test("a capped graph says how much it left out and shows more on request", async ({ page }) => {
  await page.goto("/graphs/ownership?maxNodes=5");
  await waitForGraph(page);
  expect(await drawnNodeIds(page)).toHaveLength(5);
  const capped = page.getByRole("status").filter({ hasText: "not shown" });
  await expect(capped).toContainText(/\d+ more nodes and \d+ more edges not shown/);
  await capped.getByRole("button", { name: "Show more" }).click();
  // The next cap is the default one (1,500), which the URL leaves out.
  await expect(page).not.toHaveURL(/maxNodes/);
  await expect(page.getByText(/not shown/)).toHaveCount(0);
  await waitForGraph(page);
  expect((await drawnNodeIds(page)).length).toBeGreaterThan(20);
});

test("the Mermaid tab shows the text of the filtered graph and Mermaid's rendering of it", async ({ page }) => {
  await page.goto("/graphs/ownership?teamSlug=team-b");
  await waitForGraph(page);
  await page.getByRole("button", { name: "Mermaid" }).click();
  await expect(page).toHaveURL(/tab=mermaid/);
  const source = page.getByRole("region", { name: "Mermaid text" });
  await expect(source).toContainText("flowchart LR");
  await expect(source).toContainText("b-service-kubernetes (Kubernetes)");
  await expect(source).not.toContainText("a-service");
  await expect(page.getByTestId("mermaid-svg").locator("svg")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("mermaid-svg")).toContainText("CD pipeline");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download .mmd" }).click();
  expect((await download).suggestedFilename()).toBe("topograph-ownership-team-b.mmd");
});

test("the graph exports as PNG and SVG, edges included", async ({ page }) => {
  await page.goto("/graphs/context-map");
  await waitForGraph(page);
  const exported = async (format: "PNG" | "SVG") => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: format, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`topograph-context-map.${format.toLowerCase()}`);
    return fs.readFileSync((await file.path())!);
  };
  // A near-empty picture (all white, or a speck of graph) compresses to a few kilobytes.
  expect((await exported("PNG")).length).toBeGreaterThan(20_000);
  const svg = (await exported("SVG")).toString("utf8");
  expect(svg).toContain("Bounded context X");
  // Edge strokes travel inline (stylesheet rules do not survive html-to-image's SVG cloning).
  expect(svg).toMatch(/<path[^>]*stroke: (rgb\(91, 63, 163\)|#5b3fa3)/);
});
