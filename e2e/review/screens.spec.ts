import { expect, test } from "@playwright/test";

// Pictures of the main screens for a person to look at (e2e/screenshots/, git-ignored); not part of
// `npm test`. Run with `npm run screenshots -w @topograph/e2e`.

const shot = (name: string) => ({ path: `screenshots/${name}.png`, fullPage: true });

test("screens for review", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.goto("/");
  await expect(page.getByRole("link", { name: /^\d+\s*Teams$/ })).toBeVisible();
  await page.screenshot(shot("01-home"));

  await page.getByRole("combobox", { name: "Search the catalog" }).fill("b-service");
  await expect(page.getByRole("group", { name: "Components" })).toBeVisible();
  await page.screenshot(shot("02-search-suggestions"));

  await page.goto("/components?limit=10");
  await expect(page.getByRole("table")).toBeVisible();
  await page.screenshot(shot("03-component-list"));

  await page.goto("/components/b-service");
  await expect(page.getByRole("region", { name: "Ownership" })).toBeVisible();
  await page.screenshot(shot("04-component-b-service"));

  await page.goto("/teams/new");
  await page.getByRole("button", { name: "+ Add member" }).click();
  await page.getByLabel("Member 1 email").fill("not-an-email");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("Name is required.").first()).toBeVisible();
  await page.screenshot(shot("05-team-form-validation"));

  await page.goto("/teams/team-b");
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete team" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toBeVisible();
  await page.screenshot(shot("06-delete-blocked"));

  await page.goto("/components/a-service/edit");
  await expect(page.getByRole("list", { name: "Selected teams" })).toBeVisible();
  await page.screenshot(shot("07-component-form"));

  await page.goto("/bounded-contexts/context-x");
  await expect(page.getByRole("region", { name: /Context map relationships/ })).toBeVisible();
  await page.screenshot(shot("08-bounded-context"));

  await page.goto("/namespaces?meshMembership=control-plane");
  await expect(page.getByRole("table")).toBeVisible();
  await page.screenshot(shot("09-namespaces-filtered"));

  await page.goto("/teams/team-x");
  await expect(page.getByRole("region", { name: /Members/ })).toBeVisible();
  await page.screenshot(shot("10-team"));

  await page.goto("/settings");
  await page.screenshot(shot("11-settings"));

  await page.goto("/search?q=x");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot(shot("12-search-results"));
});

test("states for review", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/components/no-such-component");
  await expect(page.getByRole("heading", { name: "Component not found" })).toBeVisible();
  await page.screenshot(shot("13-not-found"));

  await page.goto("/search?q=service&kind=repository");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot(shot("14-search-one-kind"));

  await page.goto("/namespaces/new");
  await page.getByRole("button", { name: "Create namespace" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await page.screenshot(shot("15-namespace-form-errors"));
});

test("narrow screen for review", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/components/b-service");
  await expect(page.getByRole("region", { name: "Ownership" })).toBeVisible();
  await page.screenshot(shot("16-narrow-component"));
  await page.goto("/components");
  await expect(page.getByRole("table")).toBeVisible();
  await page.screenshot(shot("17-narrow-list"));
});
