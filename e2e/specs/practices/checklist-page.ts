import { expect, type Locator, type Page } from "@playwright/test";

/** One practice on a checklist page, found by its title. */
export function practiceRow(page: Page, title: string): Locator {
  return page.getByRole("listitem", { name: title, exact: true });
}

/** The overall percentage adopted, as the progress bar reports it. */
export async function overallPercent(page: Page): Promise<number> {
  const bar = page.getByRole("progressbar", { name: "Overall progress" });
  await expect(bar).toBeVisible();
  return Number(await bar.getAttribute("aria-valuenow"));
}

/** Opens a checklist and waits for it to be drawn. */
export async function openChecklist(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}
