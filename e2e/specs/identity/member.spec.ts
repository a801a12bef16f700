import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";
import { ANONYMOUS, TEAM_B_LEAD } from "./credentials.ts";
import { openAccountMenu, signIn } from "./sign-in.ts";

// These specs start from a browser nobody is signed in on.
test.use({ storageState: ANONYMOUS });

const TOKEN_FORMAT = /^tpg_[0-9a-f]{8}_[0-9a-f]{64}$/;

test("a team member signs in, makes an API token that is shown once, revokes it and signs out", async ({ page }) => {
  // The catalog is not readable anonymously: the page sends the visitor to sign in, and back afterwards.
  await page.goto("/teams");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteams$/);
  await page.getByLabel("Email").fill(TEAM_B_LEAD.email);
  await page.getByLabel("Password").fill(TEAM_B_LEAD.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teams$/);
  const menuButton = page.getByRole("banner").getByRole("button", { name: `Account menu for ${TEAM_B_LEAD.name}` });
  await expect(menuButton).toHaveText(/Daichi Kato/);

  // An editor's menu offers the account page but not user administration.
  await openAccountMenu(page);
  await expect(page.getByRole("banner").getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.getByRole("banner").getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TEAM_B_LEAD.name })).toBeVisible();
  const profile = page.getByRole("region", { name: "Profile" });
  await expect(profile).toContainText(TEAM_B_LEAD.email);
  await expect(profile).toContainText("Editor");
  await expect(profile.getByRole("link", { name: "Microservice team B" })).toBeVisible();

  // A new token is shown once, in full.
  const tokenName = uniqueName("CI pipeline");
  await page.getByRole("button", { name: "New token" }).click();
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByRole("region", { name: "Your new API token" });
  await expect(secret).toContainText("shown only this once");
  const token = await secret.getByRole("textbox").inputValue();
  expect(token).toMatch(TOKEN_FORMAT);

  // The token works as a bearer token for scripts.
  const asToken = await page.request.get("/trpc/auth.me", { headers: { authorization: `Bearer ${token}` } });
  expect((await asToken.json()).result.data.user.email).toBe(TEAM_B_LEAD.email);

  await secret.getByRole("button", { name: "I have copied it" }).click();
  await expect(secret).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: tokenName });
  await expect(row).toContainText(`${token.slice(0, 12)}_…`);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: tokenName })).toBeVisible();
  expect(await page.content()).not.toContain(token);

  // Revoking asks first, then the token is refused.
  await row.getByRole("button", { name: `Revoke ${tokenName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke “${tokenName}”?` });
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  const refused = await page.request.get("/trpc/auth.me", { headers: { authorization: `Bearer ${token}` } });
  expect((await refused.json()).result.data.user).toBeNull();

  // Signing out from the account page goes home, with the Sign in link back in the header.
  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  // Nothing is readable signed out: the portal asks to sign in again.
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});

test("an editor is told that only administrators manage users", async ({ page }) => {
  await signIn(page, TEAM_B_LEAD, TEAM_B_LEAD.name);
  await page.goto("/admin/users");
  await expect(page.getByText("Only administrators manage users.")).toBeVisible();
});
