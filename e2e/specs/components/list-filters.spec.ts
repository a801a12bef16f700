import { expect, test } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";

test("the component list filters by kind and team, keeps filters in the URL, and pages", async ({ page, request }) => {
  // Data of its own, so the totals are known whatever else runs alongside.
  const prefix = uniqueName("flt").replace(" ", "-");
  const team = await callMutation(request, "team.create", { name: `${prefix} owners`, type: "stream-aligned" });
  for (const [name, kind] of [
    [`${prefix}-api`, "microservice"],
    [`${prefix}-worker`, "microservice"],
    [`${prefix}-web`, "frontend"],
  ] as const) {
    await callMutation(request, "component.create", { name, kind, ownerTeamSlugs: kind === "microservice" ? [team.slug] : [] });
  }

  await page.goto("/components");
  const table = page.getByRole("table", { name: "Components" });
  const range = page.getByRole("navigation", { name: "Pagination" });
  await expect(range).toContainText(/Showing 1–\d+ of \d+/);

  // Free text narrows to this spec's three components.
  await page.getByLabel("Filter", { exact: true }).fill(prefix);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${prefix}`));
  await expect(range).toContainText("Showing 1–3 of 3");
  await expect(table.getByRole("row")).toHaveCount(4);

  // By kind.
  await page.getByLabel("Kind").selectOption({ label: "Frontend" });
  await expect(page).toHaveURL(/kind=frontend/);
  await expect(range).toContainText("Showing 1–1 of 1");
  await expect(table.getByRole("link", { name: `${prefix}-web` })).toBeVisible();

  // By team instead of kind.
  await page.getByLabel("Kind").selectOption({ label: "All kinds" });
  await page.getByLabel("Owner team").selectOption({ label: `${prefix} owners` });
  await expect(page).toHaveURL(new RegExp(`teamSlug=${team.slug}`));
  await expect(range).toContainText("Showing 1–2 of 2");
  await expect(table.getByRole("link", { name: `${prefix}-web` })).toBeHidden();

  // The URL is shareable: opening it again shows the same filtered list.
  await page.goto(page.url());
  await expect(page.getByLabel("Owner team")).toHaveValue(team.slug);
  await expect(range).toContainText("Showing 1–2 of 2");

  // Paging, two rows at a time.
  await page.goto(`/components?q=${prefix}&limit=2`);
  await expect(range).toContainText("Showing 1–2 of 3");
  await expect(range.getByRole("button", { name: "← Previous" })).toBeDisabled();
  await range.getByRole("button", { name: "Next →" }).click();
  await expect(range).toContainText("Showing 3–3 of 3");
  await expect(table.getByRole("link", { name: `${prefix}-worker` })).toBeVisible();
  await expect(range.getByRole("button", { name: "Next →" })).toBeDisabled();
  await range.getByRole("button", { name: "← Previous" }).click();
  await expect(range).toContainText("Showing 1–2 of 3");
  await expect(table.getByRole("link", { name: `${prefix}-api` })).toBeVisible();

  // Filters that match nothing say so.
  await page.getByLabel("Filter", { exact: true }).fill(`${prefix}-nothing`);
  await expect(page.getByText("No components match these filters.")).toBeVisible();
});
