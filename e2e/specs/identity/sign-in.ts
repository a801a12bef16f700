import { expect, type Page } from "@playwright/test";

/** Signs in through the sign-in page and waits for the header to name the user. */
export async function signIn(page: Page, credentials: { email: string; password: string }, name?: string): Promise<void> {
  // Signing in ends the browser's previous session; leave the administrator's shared one (the
  // default storage state every spec starts from) alive by starting from a browser with no session.
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Leaving the sign-in page is the answer having arrived (and its cookie with it).
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: name ? `Account menu for ${name}` : /^Account menu for / })).toBeVisible();
}

/** The header's account menu, opened. */
export async function openAccountMenu(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: /^Account menu for / }).click();
}

/** Signs out from the header's account menu and waits until the header no longer names anyone. */
export async function signOut(page: Page): Promise<void> {
  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: /^Account menu for / })).toHaveCount(0);
}
