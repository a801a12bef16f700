import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";
import { openAccountMenu } from "../identity/sign-in.ts";

/** The E2E server may scan fixtures/evidence; each run registers a folder of its own there (removed afterwards). */
const EVIDENCE_FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/evidence");

const jobRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("cell", { name: new RegExp(`^${title}`) }) });

async function openJobs(page: Page) {
  await page.goto("/");
  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("link", { name: "Scheduled jobs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scheduled jobs" })).toBeVisible();
}

test.describe("scheduled jobs", () => {
  test("an administrator sees every job's last run and next run, and runs one by hand", async ({ page }) => {
    await openJobs(page);
    const table = page.getByRole("table", { name: "Scheduled jobs" });
    for (const title of ["Score snapshots", "Re-scan evidence sources", "Waiver and initiative expiry", "Expired sessions"]) await expect(table.getByRole("cell", { name: new RegExp(`^${title}`) })).toBeVisible();
    // Every job ran when the server started.
    const snapshots = jobRow(page, "Score snapshots");
    await expect(snapshots.getByText("Succeeded")).toBeVisible();
    await expect(snapshots).toContainText(/Scored \d+ entity results on \d+ scorecards/);
    await expect(snapshots).toContainText(/took \d/);
    await expect(snapshots.getByRole("cell").nth(3)).toHaveText(/^in (\d+ minutes|1 hour|60 minutes)$/);

    const expiry = jobRow(page, "Waiver and initiative expiry");
    await expiry.getByRole("button", { name: "Run Waiver and initiative expiry now" }).click();
    await expect(expiry.getByText("Succeeded")).toBeVisible();
    await page.getByText("Waiver and initiative expiry: last").click();
    const runs = page.getByRole("table", { name: "Recent runs of Waiver and initiative expiry" });
    await expect(runs.getByRole("row").nth(1)).toContainText(/Hand \(.+@.+\)/);
    await expect(runs.getByRole("row").nth(1)).toContainText("waivers expired");
    await page.screenshot({ path: "screenshots/admin-scheduled-jobs.png", fullPage: true });
  });

  test("a source registered on the Evidence page is re-read by the re-scan job, and can be stopped", async ({ page }) => {
    const folder = fs.mkdtempSync(path.join(EVIDENCE_FIXTURES, "registered-"));
    try {
      fs.writeFileSync(path.join(folder, "service.yaml"), `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${uniqueName("svc").toLowerCase().replace(/[^a-z0-9]+/g, "-")}\nspec:\n  ports: [{ port: 80 }]\n`);
      await page.goto("/evidence");
      const form = page.getByRole("form", { name: "Scan a source" });
      await form.getByLabel("Directory on the server").fill(folder);
      await form.getByLabel(/Re-scan on a schedule/).check();
      await form.getByRole("button", { name: "Scan" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Source registered" })).toBeVisible();
      const registered = page.getByRole("table", { name: "Registered evidence sources" }).getByRole("row").filter({ hasText: folder });
      await expect(registered).toBeVisible();
      const firstRead = await registered.getByRole("cell").nth(2).textContent();

      // A second file appears in the repository; the job reads it without anyone scanning by hand.
      fs.writeFileSync(path.join(folder, "config.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}\n");
      await openJobs(page);
      const rescan = jobRow(page, "Re-scan evidence sources");
      await rescan.getByRole("button", { name: "Run Re-scan evidence sources now" }).click();
      await expect(rescan).toContainText(/Re-read \d+ sources?: \d+ scanned/);
      await expect(rescan.getByText("Succeeded")).toBeVisible();

      await page.goto("/evidence");
      await expect(registered.getByRole("cell").nth(2)).toBeVisible();
      await registered.getByRole("cell").nth(2).getByRole("link").click();
      await expect(page).toHaveURL(/\/evidence\/scans\//);
      await expect(page.getByText("2 files")).toBeVisible();
      expect(firstRead).toBeTruthy();

      await page.goto("/evidence");
      await registered.getByRole("button", { name: /^Stop re-scanning/ }).click();
      await expect(registered).toHaveCount(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
