import { expect, type Locator, type Page, test } from "@playwright/test";

/** The scorecard rows of an entity page's "Scorecards" section. */
const scorecardRows = (page: Page) => page.getByRole("list", { name: "Scorecards scoring this entry" }).locator(":scope > li[data-scorecard]");

/**
 * b-service's Deployment readiness row: the demo answers every Bronze rule but the liveness probe,
 * so exactly one rule stands between it and Bronze.
 */
async function readinessRowOfBService(page: Page): Promise<{ row: Locator; nextLevel: string }> {
  const row = scorecardRows(page).and(page.locator('[data-scorecard="deployment-readiness"]'));
  await expect(row.locator(".entity-scorecard__next")).toHaveText("Next: Bronze — 1 rule to fix");
  return { row, nextLevel: "Bronze" };
}

test("a component's scorecards show levels, and a scorecard expands to every rule with why", async ({ page }) => {
  await page.goto("/components/b-service");
  const section = page.getByRole("region", { name: /^Scorecards/ });
  await expect(section).toBeVisible();
  const rows = scorecardRows(page);
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);

  // Each row: a level badge, a score, counts and what the next level needs, and a link to the scorecard.
  const first = rows.first();
  await expect(first.locator(".level-badge")).toBeVisible();
  await expect(first.locator(".entity-scorecard__score")).toHaveText(/^\d+(\.\d)?%$/);
  const counts = first.locator(".entity-scorecard__counts");
  await expect(counts.locator('[data-status="pass"]')).toHaveText(/\d+ pass$/);
  await expect(counts.locator('[data-status="fail"]')).toHaveText(/\d+ fail$/);
  await expect(counts.locator('[data-status="unknown"]')).toHaveText(/\d+ unknown$/);
  await expect(first.locator(".entity-scorecard__next")).toHaveText(/^(Next: .+ — \d+ rules? to fix|Top level reached)$/);
  const slug = await first.getAttribute("data-scorecard");
  await expect(first.getByRole("link", { name: /Open scorecard/ })).toHaveAttribute("href", `/scorecards/${slug}`);

  // Expanding a row with failing and unknown rules shows their reasons, and the trend chart.
  const { row } = await readinessRowOfBService(page);
  const toggle = row.getByRole("button", { expanded: false });
  await toggle.click();
  await expect(row.getByRole("button", { expanded: true })).toBeVisible();
  await expect(row.getByRole("figure", { name: /over time$/ })).toBeVisible();
  const rules = row.locator("li.rule-result");
  await expect(rules.first()).toBeVisible();

  const failing = row.locator('li.rule-result[data-status="fail"]').first();
  const unknown = row.locator('li.rule-result[data-status="unknown"]').first();
  const passing = row.locator('li.rule-result[data-status="pass"]').first();
  if ((await failing.count()) > 0) {
    await expect(failing.locator(".rule-status")).toHaveText(/Fail/);
    await expect(failing.locator(".rule-result__message")).not.toBeEmpty();
    await expect(failing.getByRole("list", { name: "Facts read" })).toBeVisible();
  }
  if ((await unknown.count()) > 0) {
    await expect(unknown.locator(".rule-status")).toHaveText(/Unknown/);
    await expect(unknown.locator(".rule-result__message")).toContainText("Unknown: nothing establishes");
  }
  if ((await passing.count()) > 0) await expect(passing.locator(".rule-result__message")).toHaveText("Passes.");
  // The rule blocking the next level is marked, and says how to fix it.
  const blocking = row.locator("li.rule-result--blocking");
  await expect(blocking).toHaveCount(1);
  await expect(blocking.getByText(/^Blocks /)).toBeVisible();

  // "Only failing and unknown" hides passing rules.
  await row.getByLabel("Only failing and unknown").check();
  await expect(row.locator('li.rule-result[data-status="pass"]')).toHaveCount(0);
});

test("waiving the rule that blocks the next level raises the level and adds a trend point; revoking undoes it", async ({ page }) => {
  await page.goto("/components/b-service");
  const { row, nextLevel } = await readinessRowOfBService(page);
  const levelBefore = (await row.locator(".entity-scorecard__row .level-badge").getAttribute("data-level")) ?? "";
  await row.getByRole("button", { expanded: false }).click();

  const trend = row.getByRole("figure", { name: /over time$/ });
  await expect(trend).toBeVisible();
  const pointsBefore = Number(await trend.getAttribute("data-point-count"));

  const blocking = row.locator("li.rule-result--blocking");
  const ruleId = (await blocking.getAttribute("data-rule-id"))!;
  const statusBefore = (await blocking.getAttribute("data-status"))!;
  expect(["fail", "unknown"]).toContain(statusBefore);
  const rule = row.locator(`li.rule-result[data-rule-id="${ruleId}"]`);

  await blocking.getByRole("button", { name: /^Waive/ }).click();
  const dialog = page.getByRole("dialog", { name: /^Waive/ });
  await expect(dialog).toBeVisible();
  // The expiry defaults to 90 days from today.
  await expect(dialog.getByLabel("Expires on")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const expiry = await dialog.getByLabel("Expires on").inputValue();
  const days = Math.round((new Date(`${expiry}T12:00:00`).getTime() - Date.now()) / 86_400_000);
  expect(days).toBeGreaterThanOrEqual(89);
  expect(days).toBeLessThanOrEqual(90);

  // A reason too short is refused, with the message by the field.
  await dialog.getByLabel("Reason").fill("Soon");
  await dialog.getByLabel("Your name").fill("E2E Reviewer");
  await dialog.getByRole("button", { name: "Waive rule" }).click();
  await expect(dialog.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("Give a reason of at least 10 characters")).toBeVisible();

  const reason = `Probe arrives with the platform upgrade ${Date.now().toString(36)}`;
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Waive rule" }).click();
  await expect(dialog).toBeHidden();

  // The rule is waived, with reason and expiry; the level reaches the next one; the trend gains a point.
  await expect(rule).toHaveAttribute("data-status", "waived");
  await expect(rule.locator(".rule-result__waiver")).toContainText(reason);
  await expect(rule.locator(".rule-result__waiver")).toContainText(expiry);
  await expect(row.locator(".entity-scorecard__row .level-badge")).toHaveAttribute("data-level", nextLevel);
  await expect(row.locator('.entity-scorecard__counts [data-status="waived"]')).toHaveText(/1 waived$/);
  await expect(trend).toHaveAttribute("data-point-count", String(pointsBefore + 1));

  // The entity's active waivers list it.
  const waivers = page.getByRole("list", { name: "Active waivers" });
  await expect(waivers.locator(`li[data-rule-id="${ruleId}"]`)).toContainText(reason);

  // Revoking puts the rule back, and the level with it.
  await rule.getByRole("button", { name: /^Revoke/ }).click();
  const revoke = page.getByRole("dialog", { name: /^Revoke the waiver/ });
  await expect(revoke.getByLabel("Your name")).toHaveValue("E2E Reviewer");
  await revoke.getByRole("button", { name: "Revoke waiver" }).click();
  await expect(revoke).toBeHidden();
  await expect(rule).toHaveAttribute("data-status", statusBefore);
  await expect(row.locator(".entity-scorecard__row .level-badge")).toHaveAttribute("data-level", levelBefore);
  await expect(trend).toHaveAttribute("data-point-count", String(pointsBefore + 2));
  await expect(waivers.locator(`li[data-rule-id="${ruleId}"]`)).toHaveCount(0);
});
