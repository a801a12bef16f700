import { expect, test, type Page } from "@playwright/test";
import { callMutation, slugOf, uniqueName } from "../../fixtures/catalog-api.ts";

/**
 * Names people type are rendered inert everywhere: lists, pages, the React Flow graph, the Mermaid
 * diagram and the audit log show the text as typed, and nothing in it runs. (The content security
 * policy would block an inline handler too; these checks hold without relying on it.)
 */
const HOSTILE = "<img src=x onerror=window.__pwned=1>";

const pwned = (page: Page) => page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);

test("a hostile team name is shown as text on every view, Mermaid included, and nothing in it runs", async ({ page, request }) => {
  const slug = slugOf(uniqueName("hostile team"));
  const team = await callMutation(request, "team.create", { name: HOSTILE, slug, type: "stream-aligned", description: HOSTILE, members: [] });
  const component = await callMutation(request, "component.create", { name: `svc ${slug}`, kind: "microservice", description: HOSTILE, ownerTeamSlugs: [slug], repositorySlugs: ["a-service-app"] });

  try {
    await page.goto(`/teams?q=${encodeURIComponent("onerror")}`);
    await expect(page.getByRole("link", { name: HOSTILE })).toBeVisible();

    await page.goto(`/teams/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE);
    await expect(page.getByRole("main").getByText(HOSTILE).first()).toBeVisible();

    // React Flow draws the team node with the name as its label.
    await page.goto(`/graphs/ownership?teamSlug=${slug}`);
    await expect(page.locator(".react-flow__node").filter({ hasText: HOSTILE }).first()).toBeVisible({ timeout: 20_000 });

    // Mermaid gets the name as a label too: it must come out as text in the SVG, not as an element.
    await page.getByRole("button", { name: "Mermaid" }).click();
    const diagram = page.getByTestId("mermaid-svg");
    await expect(diagram.locator("svg")).toBeVisible({ timeout: 20_000 });
    await expect(diagram).toContainText("onerror");
    await expect(diagram.locator("img")).toHaveCount(0);

    await page.goto(`/audit?kind=team`);
    await expect(page.getByRole("main").getByText(HOSTILE).first()).toBeVisible();

    await expect(page.locator("main img[src='x']")).toHaveCount(0);
    expect(await pwned(page)).toBeUndefined();
  } finally {
    await callMutation(request, "component.delete", { id: component.id, version: component.version });
    await callMutation(request, "team.delete", { id: team.id, version: team.version });
  }
});
