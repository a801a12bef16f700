import { useMutation, useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { OWNERSHIP_MODE_LABELS, OWNERSHIP_MODES, REPOSITORY_STRATEGIES, REPOSITORY_STRATEGY_LABELS, type TOwnershipMode, type TRepositoryStrategy } from "@topograph/domain";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Form } from "../../ui/form/Form.tsx";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { RadioGroupField } from "../../ui/form/RadioGroupField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { changedFields } from "../catalog/changed-fields.ts";
import { PracticeSummaryCard } from "../practices/summary/PracticeSummaryCard.tsx";
import { OWNERSHIP_MODE_EXPLANATIONS, REPOSITORY_STRATEGY_EXPLANATIONS } from "./decision-explanations.ts";
import "./OrganisationSettingsPage.css";

type TOrganisation = RouterOutputs["organisation"]["get"];

/** The organisation-wide decisions every component inherits unless it overrides them. */
export function OrganisationSettingsPage() {
  const trpc = useTRPC();
  useDocumentTitle("Organisation settings");
  const organisation = useQuery({ ...trpc.organisation.get.queryOptions(), refetchOnWindowFocus: false });
  const [reloads, setReloads] = useState(0);

  return (
    <>
      <PageHeader eyebrow="Settings" title="Organisation settings" description="Decisions that apply across the organisation. Components follow the default ownership mode unless they set their own." />
      {organisation.isError && !organisation.data ? (
        <ErrorBanner title="Could not load the organisation.">{errorMessage(organisation.error)}</ErrorBanner>
      ) : !organisation.data ? (
        <Loading label="Loading the organisation…" />
      ) : (
        <div className="settings-layout">
          <OrganisationForm
            key={reloads}
            organisation={organisation.data}
            onReload={async () => {
              await organisation.refetch();
              setReloads((count) => count + 1);
            }}
          />
          <PracticeSummaryCard scope={{ kind: "organisation" }} listDecisions />
        </div>
      )}
    </>
  );
}

interface TOrganisationValues {
  name: string;
  defaultOwnershipMode: TOwnershipMode;
  repositoryStrategy: TRepositoryStrategy;
}

function OrganisationForm({ organisation, onReload }: { organisation: TOrganisation; onReload: () => void }) {
  const trpc = useTRPC();
  const [base, setBase] = useState<{ version: number; values: TOrganisationValues }>(() => ({
    version: organisation.version,
    values: { name: organisation.name, defaultOwnershipMode: organisation.defaultOwnershipMode, repositoryStrategy: organisation.repositoryStrategy },
  }));
  const { values, set } = useFormValues(base.values);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const update = useMutation({
    ...trpc.organisation.update.mutationOptions(),
    onSuccess: (saved) => {
      // Further edits build on the version just written.
      setBase({ version: saved.version, values });
      setSavedAt(Date.now());
    },
  });
  const changes = changedFields(base.values, values);

  return (
    <Form
      label="Organisation settings"
      error={update.error}
      submitting={update.isPending}
      submitLabel="Save settings"
      onSubmit={() => {
        setSavedAt(null);
        update.mutate({ version: base.version, ...changes });
      }}
      onReload={onReload}
    >
      {savedAt && Object.keys(changes).length === 0 ? (
        <p className="settings-saved" role="status">
          Settings saved.
        </p>
      ) : null}
      <FormSection title="Organisation">
        <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required />
      </FormSection>
      <FormSection title="Ownership" intro="Section 22 of the design article: who may change a component.">
        <RadioGroupField
          name="defaultOwnershipMode"
          legend="Default ownership mode"
          value={values.defaultOwnershipMode}
          onChange={(mode) => set("defaultOwnershipMode", mode as TOwnershipMode)}
          choices={OWNERSHIP_MODES.map((mode) => ({ value: mode, label: OWNERSHIP_MODE_LABELS[mode], description: OWNERSHIP_MODE_EXPLANATIONS[mode] }))}
        />
      </FormSection>
      <FormSection title="Repositories" intro="Section 21: how code is split into repositories.">
        <RadioGroupField
          name="repositoryStrategy"
          legend="Repository strategy"
          value={values.repositoryStrategy}
          onChange={(strategy) => set("repositoryStrategy", strategy as TRepositoryStrategy)}
          choices={REPOSITORY_STRATEGIES.map((strategy) => ({ value: strategy, label: REPOSITORY_STRATEGY_LABELS[strategy], description: REPOSITORY_STRATEGY_EXPLANATIONS[strategy] }))}
        />
      </FormSection>
    </Form>
  );
}
