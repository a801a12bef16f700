import { expect, type Locator, type Page, test } from "@playwright/test";

async function openDeploymentReadiness(page: Page) {
  await page.goto("/scorecards");
  await page.getByRole("link", { name: "Deployment readiness", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deployment readiness" })).toBeVisible();
  await expect(page).toHaveURL(/\/scorecards\/deployment-readiness$/);
}

/** The entity table's rows (the table is named by its caption). */
const entityRows = (page: Page) => page.getByRole("table", { name: "Entities scored by Deployment readiness" }).getByRole("row").filter({ has: page.getByRole("cell") });

/** The cells of one column once the table shows the current query's rows (not the previous ones, dimmed). */
async function columnTexts(rows: Locator, index: number): Promise<string[]> {
  await expect(rows.page().getByRole("table", { name: "Entities scored by Deployment readiness" })).not.toHaveAttribute("aria-busy", "true");
  return (await rows.locator(`td:nth-child(${index + 1})`).allTextContents()).map((text) => text.trim());
}

test.describe("scorecard page", () => {
  test("the list shows each scorecard with its kind, rules and level distribution", async ({ page }) => {
    await page.goto("/scorecards");
    await expect(page.getByRole("heading", { level: 1, name: "Scorecards" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Deployment readiness", exact: true }) });
    await expect(row.getByText("Built-in")).toBeVisible();
    await expect(row.getByText("Component")).toBeVisible();
    await expect(row.getByRole("img", { name: /^Deployment readiness levels: \d+ below bronze, \d+ Bronze, \d+ Silver, \d+ Gold$/ })).toBeVisible();
    await expect(row.getByRole("cell").last()).toHaveText(/^\d+(\.\d)?%$/);
    // Initiatives live beside scorecards.
    await page.getByRole("navigation", { name: "Scorecards and initiatives" }).getByRole("link", { name: "Initiatives" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Initiatives" })).toBeVisible();
  });

  test("the heat map shows each team's pass rate per rule, and leads to the team and to the filtered table", async ({ page }) => {
    await openDeploymentReadiness(page);
    const heatMap = page.getByRole("table", { name: /Pass rate of each rule per team/ });
    await expect(heatMap.getByRole("columnheader", { name: "Readiness probe" })).toBeVisible();
    await expect(heatMap.getByRole("columnheader", { name: "Bronze" })).toBeVisible();

    const sreRow = heatMap.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /SRE team/ }) });
    const cells = sreRow.getByRole("cell");
    // One cell for the level bar, then one per rule: a pass rate, or "—" where nothing is judged.
    await expect(cells).toHaveCount(1 + 11);
    for (const text of await cells.allTextContents()) if (text) expect(text).toMatch(/^(\d+%|—)$/);
    await expect(cells.nth(1)).toHaveAttribute("title", /^Deployed to a namespace · SRE team: \d+ pass, \d+ fail, \d+ unknown, \d+ waived$/);

    // The row's entity count filters the table below to the team.
    await sreRow.getByRole("link", { name: /^Show the \d+ entit(y|ies) of SRE team in the table$/ }).click();
    await expect(page).toHaveURL(/[?&]team=sre(&|$)/);
    await expect(page.getByRole("combobox", { name: "Team" })).toHaveValue("sre");
    const teams = await columnTexts(entityRows(page), 5);
    expect(teams.length).toBeGreaterThan(0);
    for (const text of teams) expect(text).toContain("SRE team");

    // Bounded contexts instead of teams.
    await page.getByRole("button", { name: "Bounded contexts" }).click();
    await expect(page.getByRole("button", { name: "Bounded contexts" })).toHaveAttribute("aria-pressed", "true");
    const contextMap = page.getByRole("table", { name: /Pass rate of each rule per bounded context/ });
    await expect(contextMap.getByRole("rowheader").first()).toBeVisible();
    await expect(page).toHaveURL(/groupBy=boundedContext/);

    // A team row links to the team's page.
    await page.getByRole("button", { name: "Teams" }).click();
    await page.getByRole("table", { name: /Pass rate of each rule per team/ }).getByRole("link", { name: "SRE team", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "SRE team" })).toBeVisible();
  });

  test("the entity table sorts by score and failing rules, filters by text and team, and links to the entity", async ({ page }) => {
    await openDeploymentReadiness(page);
    const rows = entityRows(page);
    await expect(rows.first()).toBeVisible();

    await page.getByRole("button", { name: "Score", exact: true }).click();
    await expect(page).toHaveURL(/sort=score&dir=asc/);
    await expect(page.getByRole("columnheader", { name: "Score", exact: true })).toHaveAttribute("aria-sort", "ascending");
    const ascending = (await columnTexts(rows, 2)).map((text) => Number.parseFloat(text));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.getByRole("button", { name: "Score", exact: true }).click();
    await expect(page.getByRole("columnheader", { name: "Score", exact: true })).toHaveAttribute("aria-sort", "descending");
    await expect(page).toHaveURL(/sort=score&dir=desc/);
    const descending = (await columnTexts(rows, 2)).map((text) => Number.parseFloat(text));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    await page.getByRole("button", { name: "Failing rules" }).click();
    await expect(page.getByRole("columnheader", { name: "Failing rules" })).toHaveAttribute("aria-sort", "descending");
    const failing = (await columnTexts(rows, 3)).map(Number);
    expect(failing).toEqual([...failing].sort((a, b) => b - a));

    await page.getByRole("searchbox", { name: "Filter" }).fill("istio");
    await expect(page).toHaveURL(/q=istio/);
    const names = await columnTexts(rows, 0);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain("istio");

    await page.getByRole("combobox", { name: "Team" }).selectOption({ label: "Microservice team B" });
    await expect(page.getByText("No scored entity matches these filters.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(rows.first()).toBeVisible();

    // The URL holds the view: reloading keeps the sort.
    await page.reload();
    await expect(page.getByRole("columnheader", { name: "Failing rules" })).toHaveAttribute("aria-sort", "descending");

    await rows.first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/components\/[a-z0-9-]+$/);
  });

  test("the rules list shows expressions and links remediation to the practice", async ({ page }) => {
    await openDeploymentReadiness(page);
    const rule = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Readiness probe" }) });
    await expect(rule.locator("pre")).toHaveText('practice("deploy.probes.readiness")');
    await expect(rule.getByText("Weight 3")).toBeVisible();
    await rule.getByRole("link", { name: /See the practice deploy\.probes\.readiness/ }).click();
    await expect(page).toHaveURL(/\/practices#practice-deploy\.probes\.readiness$/);
  });
});
