import type { RouterInputs, RouterOutputs } from "@topograph/api";

/** The planner's data as the API returns it; one place, so components do not spell out the router paths. */
export type TScenarioSummary = RouterOutputs["scenario"]["list"][number];
export type TScenarioView = RouterOutputs["scenario"]["get"];
export type TScenarioChange = TScenarioView["changes"][number];
export type TScenarioOptions = TScenarioView["options"];
export type TTeamMap = TScenarioView["maps"]["before"];
export type TTeamCard = TScenarioView["cards"]["scenario"][number];
export type TCatalogDiff = TScenarioView["diff"];
export type TMetricDelta = RouterOutputs["scenario"]["metrics"]["deltas"][number];
export type TMetricDeltaRow = TMetricDelta["rows"][number];
/** One operation a scenario change makes, as `scenario.change` takes it. */
export type TOperation = RouterInputs["scenario"]["change"]["operation"];
