import { expect, test } from "@playwright/test";
import { slugOf, uniqueName } from "../../fixtures/catalog-api.ts";

test("create a team with a member, then a component it owns, deployed to a namespace", async ({ page }) => {
  const teamName = uniqueName("Payments team");
  const componentName = uniqueName("payment-service").replace(" ", "-");

  // The team, through the form.
  await page.goto("/teams");
  await page.getByRole("link", { name: "New team" }).click();
  await expect(page).toHaveTitle("New team · Topograph");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(teamName);
  await page.getByLabel("Team type").selectOption({ label: "Stream-aligned" });
  await page.getByLabel("Contact channel").fill("#payments");
  await page.getByRole("button", { name: "+ Add member" }).click();
  await page.getByLabel("Member 1 name").fill("Yui Tanaka");
  await page.getByLabel("Member 1 email").fill("yui.tanaka@example.com");
  await page.getByLabel("Member 1 role").fill("Tech lead");
  await page.getByRole("button", { name: "Create team" }).click();

  await expect(page).toHaveURL(new RegExp(`/teams/${slugOf(teamName)}$`));
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  const members = page.getByRole("region", { name: /Members/ });
  await expect(members.getByRole("row", { name: /Yui Tanaka/ })).toContainText("Tech lead");
  await expect(members.getByRole("link", { name: "yui.tanaka@example.com" })).toHaveAttribute("href", "mailto:yui.tanaka@example.com");

  // The component, owned by that team and deployed to a namespace, picked by searching.
  await page.goto("/components/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(componentName);
  await page.getByLabel("Kind").selectOption({ label: "Microservice" });
  const owners = page.getByRole("combobox", { name: "Owner teams" });
  await owners.fill(teamName.split(" ").at(-1)!);
  await page.getByRole("option", { name: new RegExp(teamName) }).click();
  await expect(page.getByRole("list", { name: "Selected teams" }).getByText(teamName)).toBeVisible();
  const namespaces = page.getByRole("combobox", { name: "Namespaces" });
  await namespaces.fill("x-infra");
  await page.getByRole("option", { name: /x-infra \(Production cluster\)/ }).click();
  await page.getByRole("button", { name: "Create component" }).click();

  await expect(page).toHaveURL(new RegExp(`/components/${componentName}$`));
  await expect(page.getByRole("heading", { level: 1, name: componentName })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ownership" }).getByRole("link", { name: teamName })).toBeVisible();
  const deployedTo = page.getByRole("region", { name: /Namespaces/ });
  await expect(deployedTo.getByRole("row", { name: /prd-x-infra/ })).toContainText("Outside the mesh");

  // And both show on the team's page.
  await page.getByRole("region", { name: "Ownership" }).getByRole("link", { name: teamName }).click();
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(page.getByRole("region", { name: /Components/ }).getByRole("link", { name: componentName })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Namespaces/ }).getByRole("row", { name: /prd-x-infra/ })).toBeVisible();
});
