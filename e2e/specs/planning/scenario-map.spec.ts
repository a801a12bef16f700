import { expect, test } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";
import { createScenario, dragOnto, mapNode, metricRow, ringed } from "./scenario-page.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

// A draft never touches the catalog: this spec can run beside every other.
test("dragging a repository onto a team drafts a move, the metrics follow, and changes can be undone", async ({ page }) => {
  await createScenario(page, uniqueName("E2E reorg"), "b-service to team A");
  await expect(page.getByText("No changes yet.")).toBeVisible();
  await expect(metricRow(page, "Conway alignment").getByRole("cell").nth(0)).toHaveText("25%");

  // b-service's application repository (its node reads "b-service") onto Microservice team A.
  await expect(mapNode(page, "scenario", "repository:b-service-app")).toContainText("b-service");
  await dragOnto(page, "repository:b-service-app", "team:team-a");
  await expect(page.getByRole("status").filter({ hasText: "Added: Move repository b-service-app to Microservice team A." })).toBeVisible();
  const changes = page.getByRole("region", { name: /^Changes/ });
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes.getByRole("listitem").first()).toContainText("Move repository b-service-app to Microservice team A");
  await expect(changes.getByRole("listitem").first()).toContainText("Applies");

  // Both maps ring what moved; the scenario's map draws it in team A's frame.
  await expect(ringed(mapNode(page, "scenario", "repository:b-service-app"))).toBeVisible();
  await expect(ringed(mapNode(page, "today", "repository:b-service-app"))).toBeVisible();
  await expect(page.getByTestId("map-scenario").locator('.react-flow__node[data-id="group:by-team:team-a"]')).toBeVisible();

  // a-service calls b-service: with both in team A one more dependency stays inside a team.
  const conway = metricRow(page, "Conway alignment");
  await expect(conway.getByRole("cell").nth(0)).toHaveText("25%");
  await expect(conway.getByRole("cell").nth(1)).toHaveText("37.5%");
  await expect(conway.getByRole("cell").nth(2)).toContainText("+12.5 pts");
  await expect(conway.getByRole("cell").nth(2)).toContainText("better");
  await expect(conway.locator(".metric-delta--better")).toBeVisible();
  // Every metric explains itself, and opens to its rows.
  await conway.getByText("What is measured").click();
  await expect(conway.getByText(/Share of dependency edges/)).toBeVisible();
  await page.getByRole("button", { name: "Show the rows of Conway alignment" }).click();
  await expect(page.getByRole("table", { name: "Rows of Conway alignment" }).getByRole("row", { name: /a-service → b-service/ })).toContainText("Microservice team A → Microservice team B");

  const teamA = page.getByRole("article", { name: "Microservice team A" });
  await expect(teamA.getByText("b-service-app")).toBeVisible();
  await expect(teamA.getByText("Changed")).toBeVisible();

  // A second drop, a bounded context this time, then undone.
  await dragOnto(page, "bounded-context:context-b", "team:team-a");
  await expect(changes.getByRole("listitem")).toHaveCount(2);
  await expect(changes.getByRole("listitem").nth(1)).toContainText("Move bounded context context-b to Microservice team A");
  await changes.getByRole("button", { name: "Undo “Move bounded context context-b to Microservice team A”" }).click();
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes.getByRole("listitem").first()).toContainText("Move repository b-service-app to Microservice team A");
  await expect(conway.getByRole("cell").nth(1)).toHaveText("37.5%");
});

test("undo is refused while a later change depends on the one undone", async ({ page }) => {
  await createScenario(page, uniqueName("E2E new team"));
  const form = page.getByRole("region", { name: "Make a change" });
  await form.getByLabel("What to change").selectOption({ label: "Create a team" });
  await form.getByRole("textbox", { name: "New team's name" }).fill("Platform squad");
  await form.getByRole("combobox", { name: "New team's type" }).selectOption({ label: "Platform" });
  await form.getByRole("button", { name: "Add change" }).click();
  await expect(form.getByRole("status")).toHaveText("Added: Create platform team \"Platform squad\".");

  await form.getByLabel("What to change").selectOption({ label: "Move a component, repository, context, namespace or member" });
  await form.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Repository" });
  await form.getByRole("combobox", { name: "Repository" }).selectOption({ label: "x-bff (x-bff-app)" });
  await form.getByRole("combobox", { name: "To team" }).selectOption({ label: "Platform squad" });
  await form.getByRole("button", { name: "Add change" }).click();
  await expect(form.getByRole("status")).toHaveText("Added: Move repository x-bff-app to Platform squad.");

  const changes = page.getByRole("region", { name: /^Changes/ });
  await changes.getByRole("button", { name: "Undo “Create platform team \"Platform squad\"”" }).click();
  await expect(changes.getByRole("alert")).toHaveText("\"Move repository x-bff-app to Platform squad\" depends on this change: undo it first.");
  await expect(changes.getByRole("listitem")).toHaveCount(2);
  // The new team has a card (and the map leads to it, since it has no catalog page yet).
  await expect(page.getByRole("article", { name: "Platform squad" }).getByText("New team")).toBeVisible();
  await page.getByTestId("map-scenario").scrollIntoViewIfNeeded();
  await mapNode(page, "scenario", "team:platform-squad").click();
  await expect(page).toHaveURL(/#team-platform-squad$/);
  await expect(page.getByRole("article", { name: "Platform squad" })).toBeFocused();
});

test("a draft can be deleted from the list; the catalog is not touched", async ({ page, request }) => {
  const name = uniqueName("E2E throwaway");
  await callMutation(request, "scenario.create", { name, description: "Not worth keeping" });
  await page.goto("/planning");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText("Not worth keeping");
  await row.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog", { name: `Delete “${name}”?` }).getByRole("button", { name: "Delete scenario" }).click();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});
