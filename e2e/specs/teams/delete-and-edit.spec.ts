import { expect, test } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";

test.describe("deleting and editing", () => {
  test("deleting a team that owns components is refused, with the reason in the dialog", async ({ page }) => {
    await page.goto("/teams/team-a");
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete team “Microservice team A”?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Delete team" }).click();

    // Other specs may give team A components of their own for a while: the reason names a-service among them.
    await expect(dialog.getByRole("alert")).toContainText(/Cannot delete the team "Microservice team A": it owns \d+ components? \([^)]*a-service[^)]*\)/);
    await expect(dialog.getByRole("alert")).toContainText("Reassign or remove those first.");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Microservice team A" })).toBeVisible();
  });

  test("a team with nothing attached can be deleted", async ({ page, request }) => {
    const name = uniqueName("Short-lived team");
    const team = await callMutation(request, "team.create", { name, type: "enabling" });
    await page.goto(`/teams/${team.slug}`);
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete team" }).click();
    await expect(page).toHaveURL(/\/teams$/);
    await page.goto(`/teams/${team.slug}`);
    await expect(page.getByRole("heading", { name: "Team not found" })).toBeVisible();
  });

  test("editing a team changes what its page shows", async ({ page, request }) => {
    const name = uniqueName("Editable team");
    const team = await callMutation(request, "team.create", { name, type: "platform", contactChannel: "#old-channel" });
    await page.goto(`/teams/${team.slug}`);
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}/edit$`));
    await expect(page.getByLabel("Contact channel")).toHaveValue("#old-channel");
    await page.getByLabel("Contact channel").fill("#new-channel");
    await page.getByLabel("Team type").selectOption({ label: "Enabling" });
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}$`));
    await expect(page.getByText("Contact: #new-channel")).toBeVisible();
    const facts = page.getByRole("complementary", { name: "About this team" });
    await expect(facts.getByText("Enabling")).toBeVisible();
    await expect(facts).toContainText("version 2");
  });

  test("saving over someone else's change explains it and offers to reload", async ({ page, request }) => {
    const name = uniqueName("Contested team");
    const team = await callMutation(request, "team.create", { name, type: "platform" });
    await page.goto(`/teams/${team.slug}/edit`);
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);

    // Someone else saves first.
    await callMutation(request, "team.update", { id: team.id, version: team.version, contactChannel: "#theirs" });

    await page.getByLabel("Contact channel").fill("#mine");
    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("This team was changed by someone else");
    await alert.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByLabel("Contact channel")).toHaveValue("#theirs");
    await expect(page.getByRole("alert")).toBeHidden();

    await page.getByLabel("Contact channel").fill("#mine");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Contact: #mine")).toBeVisible();
  });
});
