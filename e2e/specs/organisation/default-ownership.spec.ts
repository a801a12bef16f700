import { expect, test, type Page } from "@playwright/test";

async function setDefaultOwnership(page: Page, label: "Collective ownership" | "Strong ownership") {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Organisation settings" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
}

// The default is organisation-wide; this spec puts it back as it found it.
test.describe.serial("organisation default ownership mode", () => {
  test.afterAll(async ({ browser }) => {
    const page = await browser.newPage();
    await setDefaultOwnership(page, "Strong ownership");
    await page.close();
  });

  test("changing the default shows on components that follow it", async ({ page }) => {
    await page.goto("/components/a-service");
    await expect(page.getByRole("region", { name: "Ownership" })).toContainText("Strong ownership — organisation default");

    await setDefaultOwnership(page, "Collective ownership");

    await page.goto("/components/a-service");
    await expect(page.getByRole("region", { name: "Ownership" })).toContainText("Collective ownership — organisation default");
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Organisation decisions" })).toContainText("Collective ownership");
  });

  test("a component's own mode wins over the default", async ({ page }) => {
    await page.goto("/components/x-service/edit");
    await page.getByLabel("Ownership mode").selectOption({ label: "Strong ownership" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("region", { name: "Ownership" })).toContainText("Strong ownership — set on this component");

    // Back to following the default, so other specs see the demo as it was.
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Ownership mode").selectOption({ index: 0 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("region", { name: "Ownership" })).toContainText("organisation default");
  });
});
