import { expect, test as setup } from "@playwright/test";
import { ADMIN_STORAGE_STATE, E2E_ADMIN } from "./credentials.ts";

// Every spec browses as the first administrator unless it signs in as someone else (or clears the
// cookies to be anonymous): the catalog is not readable anonymously by default.
setup("sign in as the first administrator", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: /^Account menu for / })).toBeVisible();
  await page.context().storageState({ path: ADMIN_STORAGE_STATE });
});
