import { expect, test } from "@playwright/test";
import { drawnNodeIds, node, waitForGraph } from "./graph-page.ts";

const SCREENSHOTS = "screenshots";

test.use({ viewport: { width: 1600, height: 1000 } });

test("the header leads to the ownership graph, which draws the article's runtime groups", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Catalog" }).getByRole("link", { name: "Graphs" }).click();
  await expect(page).toHaveURL(/\/graphs\/ownership$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ownership graph" })).toBeVisible();
  await waitForGraph(page);
  // Teams in the organisation, each cluster's runtime with its service mesh.
  for (const group of ["Organisation", "Staging cluster", "Production cluster"]) await expect(page.getByRole("button", { name: new RegExp(`^${group} \\d+$`) })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Service mesh \d+$/ })).toHaveCount(2);
  await expect(node(page, "namespace:prd-istio-system")).toContainText("mesh control plane");
  await page.screenshot({ path: `${SCREENSHOTS}/graphs-ownership.png` });
});

test("the production cluster's ownership graph labels edges with the deploy method", async ({ page }) => {
  await page.goto("/graphs/ownership?clusterSlug=prd");
  await waitForGraph(page);
  expect(await drawnNodeIds(page)).toHaveLength(26);
  // GitOps syncs the Kubernetes repositories; the SRE team deploys the mesh control plane by hand.
  await expect(page.locator(".relation-label", { hasText: "Manual (Helmfile)" }).first()).toBeVisible();
  await expect(page.locator(".relation-label", { hasText: "GitOps auto-sync" }).first()).toBeVisible();
  await expect(page.locator(".relation-label", { hasText: "webhook" }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/graphs-ownership-production.png` });
});

test("filtering by a team keeps only its repositories and namespaces, and the filter lives in the URL", async ({ page }) => {
  await page.goto("/graphs/ownership");
  await waitForGraph(page);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Microservice team B" });
  await expect(page).toHaveURL(/teamSlug=team-b/);
  await expect(node(page, "repository:a-service-app")).toHaveCount(0);
  await waitForGraph(page);
  expect((await drawnNodeIds(page)).sort()).toEqual([
    "namespace:prd-b-service",
    "namespace:stg-b-service",
    "repository:b-service-app",
    "repository:b-service-kubernetes",
    "team:team-b",
  ]);
  await page.reload();
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue("team-b");
  await waitForGraph(page);
  expect(await drawnNodeIds(page)).toHaveLength(5);
});

test("the organisation map calls out a solution area several teams answer for", async ({ page }) => {
  await page.goto("/graphs/ownership");
  await page.getByRole("navigation", { name: "Graph views" }).getByRole("link", { name: "Organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisation map" })).toBeVisible();
  await waitForGraph(page);
  await expect(page.getByRole("note", { name: "Findings" })).toContainText('Client UI "Client X UI" has 2 teams.');
  await expect(node(page, "solution-area:client-x-ui")).toBeVisible();
  await expect(node(page, "bounded-context:context-b")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/graphs-organisation.png` });
});

test("the context map labels each relationship with its pattern and its upstream and downstream ends", async ({ page }) => {
  await page.goto("/graphs/context-map");
  await waitForGraph(page);
  // Other specs may add contexts of their own to the shared database; the demo's three must be drawn.
  expect(await drawnNodeIds(page)).toEqual(expect.arrayContaining(["bounded-context:context-a", "bounded-context:context-b", "bounded-context:context-x"]));
  for (const pattern of ["C/S", "OHS", "ACL", "CF"]) await expect(page.locator(".relation-label", { hasText: new RegExp(`^${pattern.replace("/", "\\/")}$`) })).toBeVisible();
  await expect(page.locator(".relation-end", { hasText: "U" })).toHaveCount(4);
  await expect(page.locator(".relation-end", { hasText: "D" })).toHaveCount(4);
  // Upstream above downstream: B supplies A, A serves X.
  const top = async (id: string) => (await node(page, id).boundingBox())!.y;
  expect(await top("bounded-context:context-b")).toBeLessThan(await top("bounded-context:context-a"));
  expect(await top("bounded-context:context-a")).toBeLessThan(await top("bounded-context:context-x"));
  await page.screenshot({ path: `${SCREENSHOTS}/graphs-context-map.png` });
});

test("the dependency graph colours components by team and draws cross-team dependencies bold", async ({ page }) => {
  await page.goto("/graphs/dependencies");
  await waitForGraph(page);
  await expect(page.getByLabel("Colour by")).toHaveValue("team");
  await expect(page.getByRole("region", { name: "Legend" })).toContainText("Microservice team B");
  // a-service (team A) calls b-service (team B): across a team boundary, synchronously.
  const crossing = page.locator(".react-flow__edge.relation--emphasis");
  expect(await crossing.count()).toBeGreaterThan(0);
  await expect(page.locator(".react-flow__edge.relation--async").first()).toBeAttached();
  await page.screenshot({ path: `${SCREENSHOTS}/graphs-dependencies.png` });
});
