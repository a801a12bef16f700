import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";
import { ANONYMOUS, E2E_ADMIN } from "./credentials.ts";
import { openAccountMenu, signIn } from "./sign-in.ts";

// These specs start from a browser nobody is signed in on.
test.use({ storageState: ANONYMOUS });

const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.com`;

test("an administrator adds a user, changes their role, and is told why they cannot demote themselves", async ({ page }) => {
  await signIn(page, E2E_ADMIN);
  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const name = uniqueName("New colleague");
  await page.getByRole("button", { name: "Add user" }).click();
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(emailOf(name));
  await form.getByLabel("Role").selectOption("editor");
  await form.getByLabel("First password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByLabel("First password")).toHaveAccessibleDescription(/Password must be at least 12 characters/);
  await form.getByLabel("First password").fill("a first password for now");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${name}.` })).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: emailOf(name) });
  await expect(row.getByRole("combobox", { name: `Role of ${name}` })).toHaveValue("editor");
  await row.getByRole("combobox", { name: `Role of ${name}` }).selectOption("viewer");
  await expect(row.getByRole("combobox", { name: `Role of ${name}` })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: emailOf(name) }).getByRole("combobox", { name: `Role of ${name}` })).toHaveValue("viewer");

  // The server keeps the last administrator; its refusal is shown and the role springs back.
  const ownRow = page.getByRole("row").filter({ hasText: E2E_ADMIN.email });
  const ownRole = ownRow.getByRole("combobox");
  await expect(ownRole).toHaveValue("administrator");
  await ownRole.selectOption("viewer");
  await expect(ownRow.getByRole("alert")).toContainText("they are the last administrator");
  await expect(ownRole).toHaveValue("administrator");

  // Disabling asks first.
  await page.getByRole("row").filter({ hasText: emailOf(name) }).getByRole("button", { name: `Disable ${name}` }).click();
  await page.getByRole("dialog", { name: `Disable ${name}?` }).getByRole("button", { name: "Disable user" }).click();
  await expect(page.getByRole("row").filter({ hasText: emailOf(name) })).toContainText("Disabled");
});

test("a hostile user name is shown as text, and nothing in it runs", async ({ page, browser }) => {
  const hostile = "<img src=x onerror=window.__pwned=1>";
  const email = emailOf(uniqueName("hostile"));
  const password = "a password for the hostile name";
  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Add user" }).click();
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill(hostile);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("First password").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();

  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("cell").first()).toHaveText(hostile);
  await expect(row.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();

  // Signed in as that user, the header and account page show the name as it was typed.
  const context = await browser.newContext();
  const theirPage = await context.newPage();
  await signIn(theirPage, { email, password }, hostile);
  await expect(theirPage.getByRole("banner").getByRole("button", { name: `Account menu for ${hostile}` })).toHaveText(new RegExp(hostile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await theirPage.goto("/account");
  await expect(theirPage.getByRole("heading", { level: 1 })).toHaveText(hostile);
  await expect(theirPage.locator("main img, header button img")).toHaveCount(0);
  expect(await theirPage.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await context.close();
});
