import { expect, test } from "@playwright/test";

test("a team page rolls its components' scorecards up, with trends and a link to the filtered scorecard", async ({ page }) => {
  // The team that owns b-service, found from the component page.
  await page.goto("/components/b-service");
  await page.getByRole("complementary").getByRole("link", { name: /team/i }).first().click();
  await expect(page).toHaveURL(/\/teams\/[^/]+$/);
  const teamSlug = new URL(page.url()).pathname.split("/").pop()!;

  const rollup = page.getByRole("region", { name: /^Scorecard rollup/ });
  await expect(rollup).toBeVisible();
  const card = rollup.locator("li.group-rollup").filter({ hasText: /over \d+ components?/ }).first();
  await expect(card).toBeVisible();
  await expect(card.getByText(/average \d+(\.\d)?% over \d+ components?/)).toBeVisible();
  await expect(card.getByRole("img", { name: /No level: \d+, Bronze: \d+/ })).toBeVisible();
  await expect(card.getByRole("heading", { name: "Weakest rules" })).toBeVisible();
  await expect(card.getByRole("figure", { name: /over time$/ })).toBeVisible();

  const slug = await card.getAttribute("data-scorecard");
  const link = card.getByRole("link", { name: /^See components of .+ on the scorecard$/ });
  await expect(link).toHaveAttribute("href", `/scorecards/${slug}?team=${teamSlug}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/scorecards/${slug}\\?team=${teamSlug}$`));
});

test("a team page and a bounded-context page show their own scorecards too", async ({ page }) => {
  await page.goto("/teams/team-b");
  const own = page.getByRole("region", { name: /^Scorecards/ });
  await expect(own.locator("li[data-scorecard]").first()).toBeVisible();
  await expect(own.locator("li[data-scorecard] .level-badge").first()).toBeVisible();

  await page.goto("/bounded-contexts");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("region", { name: /^Scorecards/ }).locator("li[data-scorecard]").first()).toBeVisible();
  await expect(page.getByRole("region", { name: /^Scorecard rollup/ })).toBeVisible();
});
