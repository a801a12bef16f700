import { expect, test } from "@playwright/test";

const SECTIONS = ["20 Shared logic", "21 Repository strategy", "22 Organisation", "23 CI/CD", "24 Deployment", "25 Scaling and resilience", "26 Testing"];

test("the catalogue lists every section 20–26 with its decision points and practices", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Catalog" }).getByRole("link", { name: "Practices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice catalogue" })).toBeVisible();
  for (const section of SECTIONS) {
    await expect(page.getByRole("region", { name: new RegExp(`^${section}`) })).toBeVisible();
  }

  // An item says whom it applies to, at which level it is judged and how evidence proves it.
  const pdb = page.getByRole("listitem", { name: "PodDisruptionBudget", exact: true });
  await expect(pdb).toContainText("Per component");
  await expect(pdb.getByRole("list", { name: "Component kinds" })).toContainText("Microservice");
  await expect(pdb).toContainText("Machine-verifiable");
  await expect(pdb).toContainText("A PDB whose selector matches the workload's pods");

  // Decision points: the recommended alternative marked, anti-patterns flagged with the article's reason.
  const cicd = page.getByRole("list", { name: "Alternatives for CI/CD model" });
  await expect(cicd.getByRole("listitem").filter({ hasText: "GitOps, polyrepo-based" })).toContainText("Recommended");
  await expect(cicd.getByRole("listitem").filter({ hasText: "CIOps, monorepo-based" })).toContainText("Discouraged");
  await expect(cicd.getByRole("listitem").filter({ hasText: "CIOps, monorepo-based" })).toContainText("CIOps is an anti-pattern");
});

test("the catalogue filters by section and by how a practice is verified", async ({ page }) => {
  await page.goto("/practices");
  await page.getByLabel("Section").selectOption({ label: "26 Testing" });
  await expect(page.getByRole("region", { name: /^26 Testing/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^24 Deployment/ })).toHaveCount(0);

  await page.getByLabel("Verification").selectOption({ label: "Judged by people" });
  await expect(page.getByRole("listitem", { name: "Chaos engineering", exact: true })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Unit tests", exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/section=26/);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByRole("region", { name: /^20 Shared logic/ })).toBeVisible();
});
