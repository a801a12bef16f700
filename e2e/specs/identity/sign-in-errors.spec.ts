import { expect, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";
import { ANONYMOUS, TEAM_B_LEAD } from "./credentials.ts";

// These specs start from a browser nobody is signed in on.
test.use({ storageState: ANONYMOUS });

test("a wrong password is answered with the server's message, and nobody is signed in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("emi.abe@example.com");
  await page.getByLabel("Password").fill("not the demo password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("The email or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("banner").getByRole("button", { name: /^Account menu for / })).toHaveCount(0);
});

test("missing fields are marked where they are", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Email must be a valid address\./);
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Password is required\./);
});

test("after five failures the server's rate limit is said as it says it", async ({ page }) => {
  const email = `${uniqueName("nobody").replace(/\W+/g, ".")}@example.com`;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a guess that is wrong");
  const attempt = async () => {
    const answered = page.waitForResponse((response) => response.url().includes("auth.signIn"));
    await page.getByRole("button", { name: "Sign in" }).click();
    return (await answered).status();
  };
  for (let failure = 1; failure <= 5; failure++) {
    expect(await attempt()).toBe(401);
    await expect(page.getByRole("alert")).toContainText("The email or password is incorrect.");
  }
  expect(await attempt()).toBe(429);
  await expect(page.getByRole("alert")).toContainText(`Too many failed sign-in attempts for ${email} from your address. Try again in`);
});

test("signing in from a link goes back to that page, never to another site", async ({ page }) => {
  await page.goto("/sign-in?next=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Email").fill(TEAM_B_LEAD.email);
  await page.getByLabel("Password").fill(TEAM_B_LEAD.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});
