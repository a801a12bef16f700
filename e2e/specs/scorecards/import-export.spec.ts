import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { uniqueName, slugOf } from "../../fixtures/catalog-api.ts";

const yamlOf = (slug: string, expression: string, extra = "") =>
  [
    `slug: ${slug}`,
    "name: Imported ownership",
    "entityKind: component",
    "rules:",
    "  - id: owned",
    "    title: Owned",
    "    level: Bronze",
    "    category: ownership",
    `    expression: ${expression}`,
    "    failureMessage: Nobody owns it.",
    extra,
  ]
    .filter(Boolean)
    .join("\n");

test.describe("scorecards as code", () => {
  test("an import with problems lists each with its line and field; a fixed file is imported", async ({ page }) => {
    const slug = slugOf(uniqueName("e2e-import"));
    await page.goto("/scorecards");
    await page.getByRole("link", { name: "Import YAML" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import scorecards from YAML" })).toBeVisible();

    await page.getByRole("textbox", { name: /Or paste the YAML/ }).fill(yamlOf(slug, "owners.cout > 0", "    colour: red"));
    await page.getByRole("button", { name: "Import", exact: true }).click();

    const problems = page.getByRole("list", { name: "Problems in the file" }).getByRole("listitem");
    await expect(problems.first()).toBeVisible();
    await expect(page.getByText(/scorecards\.yaml has \d+ problems?\. Fix/)).toBeVisible();
    const expressionProblem = problems.filter({ hasText: "rules[0].expression" });
    await expect(expressionProblem).toContainText(/scorecards\.yaml:9:\d+/);
    await expect(expressionProblem).toContainText('"owners.cout" is not a fact of a component');
    await expect(problems.filter({ hasText: /Unknown field "colour"/ })).toContainText(/scorecards\.yaml:11:\d+/);
    // Nothing was imported.
    expect((await page.request.get(`/trpc/scorecard.get?input=${encodeURIComponent(JSON.stringify({ scorecardId: slug }))}`)).status()).toBe(404);

    await page.getByRole("textbox", { name: /Or paste the YAML/ }).fill(yamlOf(slug, "owners.count > 0"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 scorecard from scorecards.yaml" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: slug })).toContainText("created");
    await page.getByRole("link", { name: slug }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Imported ownership" })).toBeVisible();
  });

  test("a picked file is imported under its own name", async ({ page }) => {
    const slug = slugOf(uniqueName("e2e-file"));
    await page.goto("/scorecards/import");
    await page.getByLabel("YAML file").setInputFiles({ name: "team.yaml", mimeType: "application/yaml", buffer: Buffer.from(yamlOf(slug, "owners.count >")) });
    await expect(page.getByRole("textbox", { name: "Or paste the YAML (from team.yaml)" })).toHaveValue(/owners\.count >/);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("list", { name: "Problems in the file" }).getByRole("listitem").first()).toContainText(/team\.yaml:9:\d+/);
  });

  test("export downloads every scorecard, or one, as YAML", async ({ page }) => {
    await page.goto("/scorecards");
    let downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export all" }).click();
    let download = await downloading;
    expect(download.suggestedFilename()).toBe("scorecards.yaml");
    const all = fs.readFileSync(await download.path(), "utf8");
    expect(all).toContain("slug: deployment-readiness");
    expect(all).toContain("slug: team-organisation");
    expect(all).toContain("\n---\n");

    await page.getByRole("link", { name: "Deployment readiness", exact: true }).click();
    downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export YAML" }).click();
    download = await downloading;
    expect(download.suggestedFilename()).toBe("deployment-readiness.scorecard.yaml");
    const one = fs.readFileSync(await download.path(), "utf8");
    expect(one).toContain("name: Deployment readiness");
    expect(one).not.toContain("slug: team-organisation");
  });
});
