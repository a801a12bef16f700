import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { slugOf, uniqueName } from "../../fixtures/catalog-api.ts";
import { E2E_ADMIN } from "../identity/credentials.ts";
import { signIn } from "../identity/sign-in.ts";

/** How the log names the first administrator: the name the server gives it and its email. */
const ADMIN_LABEL = `Administrator <${E2E_ADMIN.email}>`;
const CSV_HEADER = "id,at,actorUserId,actorLabel,via,action,entityKind,entityKey,entityName,before,after,correlationId";

test("a team edited in the web app reads in the audit log, in the team's history and in the CSV export", async ({ page }) => {
  await signIn(page, E2E_ADMIN);
  const name = uniqueName("Audited team");
  const slug = slugOf(name);
  // Markup in a value must come back as the text it is.
  const before = "Runs the <b>old</b> platform";
  const after = "Runs the new platform & more";

  await test.step("create and edit the team through the UI", async () => {
    await page.goto("/teams/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByLabel("Team type").selectOption({ label: "Platform" });
    await page.getByLabel("Purpose").fill(before);
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${slug}$`));
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Purpose").fill(after);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${slug}$`));
  });

  const log = page.getByRole("table", { name: "Audit log, newest first" });
  const updateRow = log.getByRole("row").filter({ hasText: name }).filter({ hasText: "Updated" });

  await test.step("the log shows the edit: before → after, who and through which path", async () => {
    await page.getByRole("banner").getByRole("link", { name: "Audit log" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const change = updateRow.getByRole("definition");
    await expect(change.locator("del")).toHaveText(before);
    await expect(change.locator("ins")).toHaveText(after);
    await expect(updateRow.getByRole("term")).toHaveText("Description");
    await expect(updateRow.getByRole("link", { name: ADMIN_LABEL })).toBeVisible();
    await expect(updateRow).toContainText("via Web app");
    await expect(updateRow.locator("b")).toHaveCount(0);
  });

  await test.step("filtering by entity kind keeps the URL and the matching entries", async () => {
    await page.getByLabel("Entity kind").selectOption({ label: "Component" });
    await expect(page).toHaveURL(/\/audit\?kind=component$/);
    await expect(updateRow).toHaveCount(0);
    await page.getByLabel("Entity kind").selectOption({ label: "Team" });
    await expect(page).toHaveURL(/\/audit\?kind=team$/);
    await expect(updateRow).toBeVisible();
  });

  await test.step("the request's correlation id narrows the log to that request", async () => {
    await updateRow.getByRole("link", { name: "Every change of this request" }).click();
    await expect(page).toHaveURL(/\/audit\?correlation=/);
    await expect(log.getByRole("row")).toHaveCount(2);
    await expect(updateRow).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/audit\?kind=team$/);
  });

  const history = page.getByRole("region", { name: "History" });

  await test.step("the entity link leads to the team's page and its history", async () => {
    await updateRow.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${slug}$`));
    await expect(history.getByRole("row").filter({ hasText: "Updated" })).toContainText(after);
    await expect(history.getByRole("row").filter({ hasText: "Created" })).toContainText(before);
    await history.getByRole("link", { name: "Open in the audit log" }).click();
    await expect(page).toHaveURL(new RegExp(`/audit\\?kind=team&key=${slug}$`));
    // The header row and the team's two entries.
    await expect(log.getByRole("row")).toHaveCount(3);
  });

  await test.step("Export CSV downloads the entries the filters match", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs.readFileSync(await download.path(), "utf8").trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines[1]).toContain(`,${ADMIN_LABEL},ui,update,team,${slug},${name},`);
    expect(lines[1]).toContain(`""description"":""${after}""`);
    expect(lines[2]).toContain(`,${ADMIN_LABEL},ui,create,team,${slug},${name},`);
  });
});
