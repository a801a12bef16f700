import { expect, test } from "@playwright/test";

/** Every list page, with an entry of the demo organisation it must show. */
const LIST_PAGES = [
  { nav: "Teams", heading: "Teams", row: "Microservice team A" },
  { nav: "Solution areas", heading: "Solution areas", row: "Client X UI" },
  { nav: "Bounded contexts", heading: "Bounded contexts", row: "Bounded context B" },
  { nav: "Components", heading: "Components", row: "x-frontend" },
  { nav: "Repositories", heading: "Repositories", row: "sre-kubernetes" },
  { nav: "Namespaces", heading: "Namespaces", row: "istio-system" },
  { nav: "Clusters & environments", heading: "Clusters", row: "Production cluster" },
];

/** One entry of each kind, with something its page must show. */
const DETAIL_PAGES = [
  { path: "/teams/sre", heading: "SRE team", shows: "Mai Fujita" },
  { path: "/solution-areas/client-x-ui", heading: "Client X UI", shows: "BFF team X" },
  { path: "/bounded-contexts/context-x", heading: "Bounded context X", shows: "Anticorruption layer" },
  { path: "/components/x-bff", heading: "x-bff", shows: "BFF team X" },
  { path: "/repositories/b-service-app", heading: "b-service", shows: "github.com/example-org/b-service" },
  { path: "/namespaces/prd-istio-system", heading: "istio-system", shows: "Mesh control plane" },
  { path: "/clusters/prd", heading: "Production cluster", shows: "x-infra" },
  { path: "/environments/staging", heading: "Staging", shows: "stg-a-service" },
];

test("every list page is reachable from the header and lists the demo organisation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Example organisation" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^\d+\s*Components$/ })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Catalog" });
  for (const list of LIST_PAGES) {
    await nav.getByRole("link", { name: list.nav }).click();
    await expect(page.getByRole("heading", { level: 1, name: list.heading })).toBeVisible();
    await expect(page).toHaveTitle(`${list.heading} · Topograph`);
    await expect(page.getByRole("table").getByRole("link", { name: list.row, exact: true }).first()).toBeVisible();
  }
  await page.getByRole("navigation", { name: "Clusters and environments" }).getByRole("link", { name: "Environments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Environments" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "Production" })).toBeVisible();
});

for (const detail of DETAIL_PAGES) {
  test(`the page of ${detail.path} shows its fields and relations`, async ({ page }) => {
    await page.goto(detail.path);
    await expect(page.getByRole("heading", { level: 1, name: detail.heading })).toBeVisible();
    await expect(page.getByText(detail.shows).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();
  });
}

test("a bounded context's solution area sends edits to the bounded context", async ({ page }) => {
  await page.goto("/solution-areas/context-a");
  await expect(page.getByRole("heading", { level: 1, name: "Bounded context A" })).toBeVisible();
  await page.getByRole("link", { name: "Open the bounded context" }).click();
  await expect(page).toHaveURL(/\/bounded-contexts\/context-a$/);
});
