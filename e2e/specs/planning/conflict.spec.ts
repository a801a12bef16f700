import { expect, test } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";
import { callQuery } from "./scenario-page.ts";

// Works on teams and a component of its own, so applying changes nothing another spec reads.
test("applying a scenario whose base changed shows the conflicts first, and applies when confirmed", async ({ page, request }) => {
  const prefix = uniqueName("E2E conflict");
  const giver = await callMutation(request, "team.create", { name: `${prefix} giver`, type: "stream-aligned" });
  const taker = await callMutation(request, "team.create", { name: `${prefix} taker`, type: "stream-aligned" });
  const other = await callMutation(request, "team.create", { name: `${prefix} other`, type: "platform" });
  const component = await callMutation(request, "component.create", { name: `${prefix} service`, kind: "microservice", ownerTeamSlugs: [giver.slug] });
  const scenario = await callMutation<{ id: string }>(request, "scenario.create", { name: `${prefix} plan`, description: "" });
  await callMutation(request, "scenario.change", { scenarioId: scenario.id, operation: { op: "move", item: { kind: "component", ref: component.slug }, to: taker.slug } });

  // Someone changes the component's owners in the live catalog after the move was drafted.
  const live = await callQuery<{ id: string; version: number }>(request, "component.get", { slug: component.slug });
  await callMutation(request, "component.update", { id: live.id, version: live.version, ownerTeamSlugs: [giver.slug, other.slug] });

  await page.goto(`/planning/${scenario.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `${prefix} plan` })).toBeVisible();
  const banner = page.getByRole("region", { name: "1 change no longer matches the catalog" });
  await expect(banner).toContainText(`Move component ${component.slug} to ${prefix} taker`);
  await expect(banner).toContainText(`Who holds the item: ${component.slug} (${giver.slug}) → ${component.slug} (${giver.slug}, ${other.slug})`);
  await expect(page.getByRole("region", { name: /^Changes/ }).getByText("Catalog changed")).toBeVisible();

  await page.getByRole("button", { name: "Apply…" }).click();
  const dialog = page.getByRole("dialog", { name: `Apply “${prefix} plan”?` });
  await dialog.getByRole("button", { name: "Apply scenario" }).click();
  await expect(dialog.getByRole("alert")).toContainText("The catalog changed since this scenario was drafted.");
  await expect(dialog.getByRole("alert")).toContainText(`Move component ${component.slug} to ${prefix} taker`);
  await dialog.getByRole("button", { name: "Apply anyway" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Applied", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "What the apply changed" })).toContainText(`${component.slug}: ${prefix} giver, ${prefix} other → ${prefix} taker`);
  await expect(page.getByRole("button", { name: "Apply…" })).toHaveCount(0);

  // The catalog now has the scenario's answer, and the list keeps it as history.
  await page.goto(`/components/${component.slug}`);
  const ownership = page.getByRole("region", { name: "Ownership" });
  await expect(ownership.getByRole("link", { name: `${prefix} taker` })).toBeVisible();
  await expect(ownership.getByRole("link", { name: `${prefix} giver` })).toHaveCount(0);
  await page.goto("/planning");
  await expect(page.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: `${prefix} plan` })).toBeVisible();
});
