import { expect, test } from "@playwright/test";

test.describe("header search", () => {
  test("finds b-service, opens it, and follows its owner and namespace links", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("combobox", { name: "Search the catalog" });
    await search.fill("b-service");

    // Suggestions are grouped by kind; the component is the best match.
    const components = page.getByRole("group", { name: "Components" });
    await expect(components.getByRole("option", { name: /b-service/ })).toBeVisible();
    await expect(page.getByRole("group", { name: "Namespaces" }).getByRole("option")).toHaveCount(2);

    // Keyboard: highlight the first suggestion and open it.
    await search.press("ArrowDown");
    await expect(components.getByRole("option", { name: /b-service/ })).toHaveAttribute("aria-selected", "true");
    await search.press("Enter");

    await expect(page).toHaveURL(/\/components\/b-service$/);
    await expect(page.getByRole("heading", { level: 1, name: "b-service" })).toBeVisible();
    await expect(page).toHaveTitle("b-service (component) · Topograph");

    // Owner team and back.
    await page.getByRole("region", { name: "Ownership" }).getByRole("link", { name: "Microservice team B" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Microservice team B" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Components/ }).getByRole("link", { name: "b-service" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "b-service" })).toBeVisible();

    // One of its namespaces: where it runs and how it gets there.
    const namespaces = page.getByRole("region", { name: /Namespaces/ });
    await expect(namespaces.getByRole("row")).toHaveCount(3);
    await namespaces.getByRole("row", { name: /prd-b-service/ }).getByRole("link", { name: "b-service" }).click();
    await expect(page).toHaveURL(/\/namespaces\/prd-b-service$/);
    await expect(page.getByRole("heading", { level: 1, name: "b-service" })).toBeVisible();
    const facts = page.getByRole("complementary", { name: "About this namespace" });
    await expect(facts.getByText("In the mesh (sidecar)")).toBeVisible();
    await expect(facts.getByText("GitOps auto-sync")).toBeVisible();
    await expect(facts.getByRole("link", { name: "Production cluster" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Components running here/ }).getByRole("link", { name: "Microservice team B" })).toBeVisible();
  });

  test("Enter on the typed text opens all results, grouped by kind", async ({ page }) => {
    await page.goto("/teams");
    const search = page.getByRole("combobox", { name: "Search the catalog" });
    await search.fill("istio");
    await expect(page.getByRole("group", { name: "Components" }).getByRole("option").first()).toBeVisible();
    await search.press("Enter");

    await expect(page).toHaveURL(/\/search\?q=istio$/);
    await expect(page.getByRole("heading", { level: 1, name: "Results for “istio”" })).toBeVisible();
    const components = page.getByRole("region", { name: /^Components/ });
    await expect(components.getByRole("link", { name: "Istio control plane" })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Namespaces/ }).getByRole("link", { name: "istio-system" }).first()).toBeVisible();

    // Narrow to one kind.
    await page.getByRole("navigation", { name: "Kind of result" }).getByRole("link", { name: "Namespaces" }).click();
    await expect(page).toHaveURL(/kind=namespace/);
    await expect(page.getByRole("region", { name: /^Namespaces/ })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Components/ })).toBeHidden();
  });

  test("says so when nothing matches", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search the catalog" }).fill("no-such-thing-anywhere");
    await expect(page.getByRole("status").filter({ hasText: "Nothing in the catalog matches “no-such-thing-anywhere”." })).toBeVisible();
  });
});
