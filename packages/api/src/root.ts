import { auditRouter } from "./router/audit.ts";
import { authRouter } from "./router/auth.ts";
import { backstageRouter } from "./router/backstage.ts";
import { boundedContextRouter } from "./router/bounded-context.ts";
import { changeRequestRouter } from "./router/change-request.ts";
import { checklistRouter } from "./router/checklist.ts";
import { componentRouter } from "./router/component.ts";
import { decisionRouter } from "./router/decision.ts";
import { evidenceRouter } from "./router/evidence.ts";
import { graphRouter } from "./router/graph.ts";
import { initiativeRouter } from "./router/initiative.ts";
import { jobRouter } from "./router/job.ts";
import { namespaceRouter } from "./router/namespace.ts";
import { organisationRouter } from "./router/organisation.ts";
import { practiceRouter } from "./router/practice.ts";
import { repositoryRouter } from "./router/repository.ts";
import { scorecardRouter } from "./router/scorecard.ts";
import { clusterRouter, environmentRouter } from "./router/runtime.ts";
import { searchRouter } from "./router/search.ts";
import { solutionAreaRouter } from "./router/solution-area.ts";
import { scenarioRouter } from "./router/scenario.ts";
import { teamRouter } from "./router/team.ts";
import { teamInteractionRouter } from "./router/team-interaction.ts";
import { tokenRouter } from "./router/token.ts";
import { userRouter } from "./router/user.ts";
import { waiverRouter } from "./router/waiver.ts";
import { createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  organisation: organisationRouter,
  team: teamRouter,
  teamInteraction: teamInteractionRouter,
  solutionArea: solutionAreaRouter,
  boundedContext: boundedContextRouter,
  component: componentRouter,
  repository: repositoryRouter,
  namespace: namespaceRouter,
  cluster: clusterRouter,
  environment: environmentRouter,
  search: searchRouter,
  graph: graphRouter,
  practice: practiceRouter,
  checklist: checklistRouter,
  decision: decisionRouter,
  scorecard: scorecardRouter,
  waiver: waiverRouter,
  initiative: initiativeRouter,
  evidence: evidenceRouter,
  backstage: backstageRouter,
  scenario: scenarioRouter,
  auth: authRouter,
  token: tokenRouter,
  user: userRouter,
  audit: auditRouter,
  changeRequest: changeRequestRouter,
  job: jobRouter,
});

export type AppRouter = typeof appRouter;
