import { expect, test, type Page } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";
import { E2E_ADMIN, TEAM_A_LEAD, TEAM_B_LEAD } from "../identity/credentials.ts";
import { signIn, signOut } from "../identity/sign-in.ts";

/**
 * The story of issue 8: a member of team B edits what team A strongly owns, is refused, proposes
 * the edit as a change request, and team A's lead decides it.
 *
 * Each test edits a component of its own, owned by team A and strongly owned on itself: the demo's
 * a-service follows the organisation default, which another spec switches to collective for a while,
 * and its description is the demo organisation's for every other spec.
 */

interface TComponent {
  name: string;
  slug: string;
}

const OWNERS = "Microservice team A";

/** What the tests made, removed afterwards so team A's component counts stay the demo's for other specs. */
const made: TComponent[] = [];

test.afterEach(async ({ request }) => {
  // `request` browses as the administrator (the default storage state), whoever the page signed in as.
  for (const component of made.splice(0)) {
    const response = await request.get(`/trpc/component.get?input=${encodeURIComponent(JSON.stringify({ slug: component.slug }))}`);
    const { id, version } = ((await response.json()) as { result: { data: { id: string; version: number } } }).result.data;
    await callMutation(request, "component.delete", { id, version });
  }
});

/** A component team A owns under strong ownership, made by the administrator; the browser is left signed out. */
async function teamAComponent(page: Page): Promise<TComponent> {
  await page.context().clearCookies();
  await signIn(page, E2E_ADMIN);
  const name = uniqueName("Reports service");
  const component = await callMutation(page.request, "component.create", {
    name,
    kind: "microservice",
    description: "Serves team A's reports.",
    ownerTeamSlugs: ["team-a"],
    ownershipMode: "strong",
  });
  await page.context().clearCookies();
  made.push({ name, slug: component.slug });
  return { name, slug: component.slug };
}

/** Signed in as team B's lead: edit the description, be refused, and propose the same edit with a reason. */
async function proposeDescription(page: Page, component: TComponent, text: string, reason: string): Promise<void> {
  await signIn(page, TEAM_B_LEAD, TEAM_B_LEAD.name);
  await page.goto(`/components/${component.slug}`);
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Description").fill(text);
  await page.getByRole("button", { name: "Save changes" }).click();

  // The direct edit fails: the form stays, with the refusal and the way to propose it instead.
  const proposal = page.getByRole("region", { name: "Not saved: only the owners may make this change" });
  await expect(proposal.getByRole("alert")).toHaveText(
    new RegExp(`^Component ${component.name} is strongly owned by ${OWNERS}: only its members or administrators may .+\\. Propose the change as a change request instead\\.$`),
  );
  await expect(page).toHaveURL(new RegExp(`/components/${component.slug}/edit$`));

  await proposal.getByLabel("Reason").fill(reason);
  await proposal.getByRole("button", { name: "Propose as a change request" }).click();
  await expect(page).toHaveURL(/\/change-requests\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Edit component ${component.name}` })).toBeVisible();
}

/** Signed in as team A's lead: the header counts what waits, and To review opens the request with this reason. */
async function openToReview(page: Page, reason: string): Promise<void> {
  await signIn(page, TEAM_A_LEAD, TEAM_A_LEAD.name);
  const notifications = page.getByRole("banner").getByRole("link", { name: /^Change requests/ });
  await expect(notifications).toHaveAccessibleName(/^Change requests: [1-9]\d* new$/);
  await notifications.click();
  await expect(page.getByRole("link", { name: /^To review/ })).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("table", { name: "Change requests: To review" }).getByRole("row").filter({ hasText: reason });
  await expect(row).toContainText("Daichi Kato");
  await expect(row).toContainText(OWNERS);
  await row.getByRole("link", { name: "Edit component" }).click();
}

const aside = (page: Page) => page.getByRole("complementary", { name: "About this change request" });
const decision = (page: Page) => page.getByRole("region", { name: "Decision" });
/** The component page's description, under its title (its history lists the same text again). */
const pageDescription = (page: Page) => page.locator(".page-header__description");

test("team B's refused edit of team A's component is proposed, approved by team A's lead and recorded as via change request", async ({ page }) => {
  const component = await teamAComponent(page);
  const proposed = "Serves team A's reports, and team B's monthly report too.";
  const reason = `Team B needs its monthly report (${component.slug}).`;

  await test.step("team B's lead is refused and proposes the edit: the request is open", async () => {
    await proposeDescription(page, component, proposed, reason);
    await expect(aside(page).getByRole("definition").filter({ hasText: /^Open$/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Reason" })).toHaveText(/Team B needs its monthly report/);
    const diff = page.getByRole("table", { name: "Proposed changes, before and after" });
    await expect(diff.locator("del")).toHaveText("Serves team A's reports.");
    await expect(diff.locator("ins")).toHaveText(proposed);
    // The requester can take it back; only the owners review it.
    await expect(page.getByRole("button", { name: "Withdraw" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
    // Nothing changed yet.
    await page.goto(`/components/${component.slug}`);
    await expect(pageDescription(page)).toHaveText("Serves team A's reports.");
    await signOut(page);
  });

  await test.step("team A's lead sees it waiting and approves it", async () => {
    await openToReview(page, reason);
    await expect(page.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
    await page.getByLabel("Comment").fill("Makes sense: the report reads the same data.");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(decision(page)).toContainText("Approved by Aiko Sato");
    await expect(decision(page)).toContainText("Makes sense: the report reads the same data.");
    await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  });

  await test.step("the component shows the new description", async () => {
    await aside(page).getByRole("link", { name: component.name }).click();
    await expect(page).toHaveURL(new RegExp(`/components/${component.slug}$`));
    await expect(pageDescription(page)).toHaveText(proposed);
    await page.goBack();
  });

  await test.step("the audit log shows the write as Aiko Sato's, via the change request", async () => {
    await decision(page).getByRole("link", { name: "See in the audit log" }).click();
    await expect(page).toHaveURL(/\/audit\?correlation=change-request%3A/);
    const entry = page.getByRole("table", { name: "Audit log, newest first" }).getByRole("row").filter({ hasText: component.name });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("via Change request");
    await expect(entry.getByRole("link", { name: `${TEAM_A_LEAD.name} <${TEAM_A_LEAD.email}>` })).toBeVisible();
    await expect(entry.locator("ins")).toHaveText(proposed);
  });
});

test("team A's lead rejects a request with a comment; the requester reads it under My requests", async ({ page }) => {
  const component = await teamAComponent(page);
  const reason = `Team B wants a different description (${component.slug}).`;

  await test.step("team B's lead proposes an edit", async () => {
    await proposeDescription(page, component, "Team B's reports service.", reason);
    await signOut(page);
  });

  await test.step("team A's lead must say why, then rejects it", async () => {
    await openToReview(page, reason);
    await page.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByText("Say why you reject it.")).toBeVisible();
    await page.getByLabel("Comment").fill("Team A keeps serving its own reports; ask the analytics team.");
    await page.getByRole("button", { name: "Reject" }).click();
    await expect(decision(page)).toContainText("Rejected by Aiko Sato");
    await signOut(page);
  });

  await test.step("the requester sees the decision, and the comment, from My requests", async () => {
    await signIn(page, TEAM_B_LEAD, TEAM_B_LEAD.name);
    await expect(page.getByRole("banner").getByRole("link", { name: /^Change requests/ })).toHaveAccessibleName(/^Change requests: [1-9]\d* new$/);
    await page.goto("/change-requests?view=mine");
    const row = page.getByRole("table", { name: "Change requests: My requests" }).getByRole("row").filter({ hasText: reason });
    await expect(row).toContainText("Rejected");
    // Looking at one's own requests reads their decisions: nothing new is counted any more.
    await expect(page.getByRole("link", { name: "My requests", exact: true })).toBeVisible();
    await row.getByRole("link", { name: "Edit component" }).click();
    await expect(decision(page)).toContainText("Rejected by Aiko Sato");
    await expect(decision(page)).toContainText("Team A keeps serving its own reports; ask the analytics team.");
    await expect(decision(page).getByRole("link", { name: "See in the audit log" })).toHaveCount(0);
    await page.goto(`/components/${component.slug}`);
    await expect(pageDescription(page)).toHaveText("Serves team A's reports.");
  });
});
