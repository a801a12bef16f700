import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";

test.describe("form validation", () => {
  test("the server's messages appear next to the fields they are about", async ({ page }) => {
    await page.goto("/teams/new");
    await page.getByRole("button", { name: "+ Add member" }).click();
    await page.getByLabel("Member 1 name").fill("Sam Lee");
    await page.getByLabel("Member 1 email").fill("not-an-email");
    await page.getByRole("button", { name: "Create team" }).click();

    const name = page.getByRole("textbox", { name: "Name", exact: true });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription(/Name is required\./);
    // Focus moves to the first field that needs attention.
    await expect(name).toBeFocused();

    const email = page.getByLabel("Member 1 email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Email must be a valid address\./);
    await expect(page.getByRole("alert")).toContainText("Some fields need your attention.");
    await expect(page).toHaveURL(/\/teams\/new$/);

    // Fixing the fields and saving again succeeds.
    const teamName = uniqueName("Validation team");
    await name.fill(teamName);
    await email.fill("sam.lee@example.com");
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  });

  test("a slug already in use is reported on the slug field", async ({ page }) => {
    await page.goto("/components/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Another b-service");
    await page.getByLabel("Slug").fill("b-service");
    await page.getByRole("button", { name: "Create component" }).click();
    await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/Already used by the component "b-service"/);
  });

  test("an unknown entry shows a not-found page", async ({ page }) => {
    await page.goto("/teams/no-such-team");
    await expect(page.getByRole("heading", { name: "Team not found" })).toBeVisible();
    await expect(page.getByText("No team has the slug")).toBeVisible();
    await expect(page).toHaveTitle("Team not found · Topograph");
    await page.getByRole("link", { name: "All teams" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  });
});
