import { expect, test } from "@playwright/test";
import { callMutation, slugOf, uniqueName } from "../../fixtures/catalog-api.ts";
import { metricRow } from "./scenario-page.ts";

test("merging team B into team A with the form: field errors first, then the change, its cards and what applying would do", async ({ page, request }) => {
  const name = uniqueName("E2E merge");
  const scenario = await callMutation<{ id: string }>(request, "scenario.create", { name, description: "" });
  await page.goto(`/planning/${scenario.id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const form = page.getByRole("region", { name: "Make a change" });
  await form.getByLabel("What to change").selectOption({ label: "Merge two teams" });
  // Nothing chosen: the server's messages sit next to the fields they are about.
  await form.getByRole("button", { name: "Add change" }).click();
  const merged = form.getByRole("combobox", { name: "Merge team" });
  const into = form.getByRole("combobox", { name: "Into team" });
  await expect(merged).toHaveAttribute("aria-invalid", "true");
  await expect(merged).toHaveAccessibleDescription(/Name the team\./);
  await expect(into).toHaveAccessibleDescription(/Name the team\./);

  await merged.selectOption({ label: "Microservice team A" });
  await into.selectOption({ label: "Microservice team A" });
  await form.getByRole("button", { name: "Add change" }).click();
  await expect(into).toHaveAccessibleDescription(/A team cannot be merged into itself\./);
  await expect(merged).not.toHaveAttribute("aria-invalid", "true");

  await merged.selectOption({ label: "Microservice team B" });
  await form.getByRole("button", { name: "Add change" }).click();
  await expect(form.getByRole("status")).toHaveText("Added: Merge Microservice team B into Microservice team A.");

  const changes = page.getByRole("region", { name: /^Changes/ });
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes.getByRole("listitem").first()).toContainText("Merge Microservice team B into Microservice team A");
  await expect(page.getByText("Gone in the scenario: Microservice team B.")).toBeVisible();
  await expect(page.getByRole("article", { name: "Microservice team A" }).getByText("context-b")).toBeVisible();
  // a-service → b-service now stays inside team A; x-service → b-service still crosses teams.
  await expect(metricRow(page, "Conway alignment").getByRole("cell").nth(1)).toHaveText("37.5%");
  const diff = page.getByRole("region", { name: "What applying would change" });
  await expect(diff.getByRole("region", { name: "Teams removed" })).toHaveText(/Microservice team B: its work goes to Microservice team A/);
  await expect(diff.getByRole("region", { name: "Component owners" })).toContainText("b-service: Microservice team B → Microservice team A");

  // For a review: the scenario as Markdown, and the comparison with today.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export Markdown" }).click();
  expect((await download).suggestedFilename()).toBe(`scenario-${slugOf(name)}.md`);
  await page.getByRole("link", { name: "Compare…" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare scenarios" })).toBeVisible();
  await expect(page.getByLabel("Left (baseline)")).toHaveValue("");
  await expect(page.getByLabel("Right (compared)")).toHaveValue(scenario.id);
  await expect(metricRow(page, "Conway alignment").getByRole("cell").nth(1)).toHaveText("37.5%");
  await expect(page.getByRole("region", { name: `What changes from Today to ${name}` }).getByRole("region", { name: "Teams removed" })).toContainText("Microservice team B");
});

test("a team's page lists its declared interactions", async ({ page }) => {
  await page.goto("/teams/team-a");
  const interactions = page.getByRole("region", { name: /^Interactions/ });
  await expect(interactions.getByRole("row", { name: /Microservice team B/ })).toContainText("Consumes X-as-a-Service from");
  await expect(interactions.getByRole("row", { name: /Microservice team X/ })).toContainText("Provides X-as-a-Service to");
});
