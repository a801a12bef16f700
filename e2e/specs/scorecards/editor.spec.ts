import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";

test.describe("scorecard editor", () => {
  test("a bad expression is reported on its field, live and on save; once fixed the scorecard is saved and edited", async ({ page }) => {
    const name = uniqueName("E2E ownership");
    await page.goto("/scorecards");
    await page.getByRole("link", { name: "New scorecard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Write a scorecard" })).toBeVisible();

    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByRole("combobox", { name: "Scores" }).selectOption("component");
    await page.getByRole("checkbox", { name: "Microservice" }).check();

    // The ladder: rename the top level and give it another colour.
    await page.getByRole("textbox", { name: "Level 3 name" }).fill("Platinum");
    await page.getByLabel("Level 3 colour").fill("#3a9ca6");

    await page.getByRole("button", { name: "+ Add rule" }).click();
    await page.getByRole("textbox", { name: "Rule 1 ID" }).fill("has-owner");
    await page.getByRole("textbox", { name: "Rule 1 title" }).fill("Has an owner");
    await expect(page.getByRole("combobox", { name: "Rule 1 level" })).toHaveValue("Bronze");
    await page.getByRole("combobox", { name: "Rule 1 category" }).fill("ownership");
    const expression = page.getByRole("textbox", { name: "Rule 1 expression" });
    await expression.fill("owners.cont > 0");
    // Checked by the server as the author pauses.
    await expect(expression).toHaveAccessibleDescription(/✕ "owners\.cont" is not a fact of a component/);
    await page.getByRole("textbox", { name: "Rule 1 failure message" }).fill("Nobody owns it.");

    await page.getByRole("button", { name: "+ Add rule" }).click();
    await page.getByRole("textbox", { name: "Rule 2 ID" }).fill("in-a-context");
    await page.getByRole("textbox", { name: "Rule 2 title" }).fill("In a solution area");
    await page.getByRole("combobox", { name: "Rule 2 level" }).selectOption("Platinum");
    await page.getByRole("combobox", { name: "Rule 2 category" }).fill("ownership");
    await page.getByRole("textbox", { name: "Rule 2 expression" }).fill("context.assigned");
    await page.getByRole("textbox", { name: "Rule 2 failure message" }).fill("Not in any solution area.");

    await page.getByRole("button", { name: "Create scorecard" }).click();
    await expect(page.getByRole("alert")).toContainText("Some fields need your attention.");
    await expect(expression).toHaveAttribute("aria-invalid", "true");
    await expect(expression).toHaveAccessibleDescription(/"owners\.cont" is not a fact of a component/);
    await expect(expression).toBeFocused();
    await expect(page).toHaveURL(/\/scorecards\/new$/);

    // The fact reference names the right fact.
    await page.getByText("Fact reference for a component").first().click();
    await expect(page.getByRole("cell", { name: "owners.count", exact: true }).first()).toBeVisible();

    await expression.fill("owners.count > 0");
    await expect(expression).toHaveAccessibleDescription(/✓ Valid for a component/);
    // Reorder: the Platinum rule first.
    await page.getByRole("button", { name: "Move Rule 2 up" }).click();
    await expect(page.getByRole("textbox", { name: "Rule 1 ID" })).toHaveValue("in-a-context");
    await page.getByRole("button", { name: "Create scorecard" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Has an owner" })).toBeVisible();
    await expect(page.getByRole("img", { name: new RegExp(`^${name} levels: .*\\d+ Platinum$`) })).toBeVisible();
    const rules = page.getByRole("heading", { level: 3 }).filter({ hasText: /Has an owner|In a solution area/ });
    await expect(rules).toHaveText(["In a solution area", "Has an owner"]);

    // Editing keeps the slug and sends the version; a second save of the old page is refused with Reload.
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Slug" })).toHaveAttribute("readonly", "");
    await page.getByRole("textbox", { name: "Description" }).fill("Who owns what.");
    await page.getByRole("button", { name: "Save scorecard" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Who owns what.")).toBeVisible();
  });

  test("a stale version offers Reload", async ({ page, context }) => {
    const name = uniqueName("E2E stale");
    await page.goto("/scorecards/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByRole("button", { name: "Create scorecard" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("button", { name: "Save scorecard" })).toBeVisible();

    // Someone else saves first.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole("textbox", { name: "Description" }).fill("Changed elsewhere.");
    await other.getByRole("button", { name: "Save scorecard" }).click();
    await expect(other.getByText("Changed elsewhere.")).toBeVisible();
    await other.close();

    await page.getByRole("textbox", { name: "Description" }).fill("Changed here.");
    await page.getByRole("button", { name: "Save scorecard" }).click();
    await expect(page.getByRole("alert")).toContainText("Someone else changed this entry.");
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("textbox", { name: "Description" })).toHaveValue("Changed elsewhere.");
  });
});
