import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";

test.describe("initiatives", () => {
  test("an initiative shows its progress and the teams with work left; it can be edited and deleted", async ({ page }) => {
    const name = uniqueName("E2E readiness push");
    await page.goto("/scorecards");
    await page.getByRole("navigation", { name: "Scorecards and initiatives" }).getByRole("link", { name: "Initiatives" }).click();
    await page.getByRole("link", { name: "New initiative" }).click();

    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByRole("combobox", { name: "Scorecard" }).selectOption({ label: "Deployment readiness" });
    await page.getByRole("combobox", { name: "Target level" }).selectOption("Silver");
    await page.getByLabel("Target date").fill("2030-06-30");
    await page.getByRole("button", { name: "Create initiative" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText(/Every component in scope reaches Silver on Deployment readiness by/)).toBeVisible();
    const progress = page.getByRole("progressbar", { name: `${name} progress` });
    await expect(progress).toHaveAttribute("aria-valuenow", /^\d+(\.\d)?$/);
    await expect(page.getByText(/^\d+ of \d+ components at Silver or above$/)).toBeVisible();
    await expect(page.getByText("Overdue")).toHaveCount(0);

    const work = page.getByRole("region", { name: /Who still has work to do/ });
    const firstTeam = work.getByRole("listitem").first();
    await expect(firstTeam.getByRole("heading", { level: 3 })).toContainText(/\d+ entit(y|ies) below Silver/);
    const entity = firstTeam.getByRole("row").nth(1);
    await expect(entity.getByRole("link")).toBeVisible();
    await expect(entity.getByRole("cell").nth(2).locator("code").first()).toHaveText(/^[a-z0-9][a-z0-9._-]*$/);

    // Edit: a date in the past makes it overdue (some entities are still below Silver).
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Target date").fill("2020-01-31");
    await page.getByRole("button", { name: "Save initiative" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Overdue", { exact: true })).toBeVisible();

    // The list shows it with its progress.
    await page.getByRole("link", { name: "Initiatives", exact: true }).first().click();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect(row.getByRole("link", { name: "Deployment readiness" })).toBeVisible();
    await expect(row.getByRole("cell").nth(2)).toHaveText("Silver");
    await expect(row.getByRole("progressbar")).toBeVisible();

    await row.getByRole("link", { name }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete initiative" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Initiatives" })).toBeVisible();
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });
});
