import { useMutation } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { plural } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Form } from "../../../ui/form/Form.tsx";
import { FormSection } from "../../../ui/form/FormSection.tsx";
import { useFormValues } from "../../../ui/form/use-form-values.ts";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { AnswerFields, type TAnswerFieldValues } from "../shared/AnswerFields.tsx";
import { usePracticeCatalogue } from "../shared/use-practice-catalogue.ts";
import { useRememberedName } from "../shared/use-remembered-name.ts";
import { bulkScopes, componentItems, isAsked, type TSelectedComponent } from "./bulk-selection.ts";
import { BulkResult, type TBulkOutcome } from "./BulkResult.tsx";
import { ComponentPicker } from "./ComponentPicker.tsx";
import { PracticeItemSelect } from "./PracticeItemSelect.tsx";
import { SelectedComponents } from "./SelectedComponents.tsx";

/** Marks one component practice on many components' checklists at once: all of them or, if any is refused, none. */
export function BulkAnswerPage() {
  useDocumentTitle("Answer for many components");
  const catalogue = usePracticeCatalogue();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.practices}>Practice catalogue</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">Answer for many components</span>
      </nav>
      <PageHeader
        eyebrow="Practices"
        title="Answer for many components"
        description="Set one practice's status on many component checklists in one go, e.g. after a platform change rolled out PodDisruptionBudgets everywhere. Either every checklist is updated or, if one is refused, none is; each change goes into that checklist's history."
      />
      {catalogue.isError && !catalogue.data ? (
        <ErrorBanner
          title="Could not load the practice catalogue."
          onRetry={() => void catalogue.refetch()}
        >
          {errorMessage(catalogue.error)}
        </ErrorBanner>
      ) : !catalogue.data ? (
        <Loading label="Loading the practice catalogue…" />
      ) : (
        <BulkAnswerForm items={componentItems(catalogue.data.items)} />
      )}
    </>
  );
}

type TCatalogueItem = RouterOutputs["practice"]["list"]["items"][number];

function BulkAnswerForm({ items }: { items: TCatalogueItem[] }) {
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const itemId = searchParams.get("item") ?? "";
  const item = items.find((candidate) => candidate.id === itemId);
  const [selected, setSelected] = useState<TSelectedComponent[]>([]);
  const [rememberedName, rememberName] = useRememberedName();
  const { values, set } = useFormValues<TAnswerFieldValues>({ status: "adopted", note: "", evidenceLinks: [], answeredBy: rememberedName });
  const [outcome, setOutcome] = useState<TBulkOutcome | null>(null);
  const save = useMutation({
    ...trpc.checklist.bulkSetAnswer.mutationOptions(),
    onSuccess: () => {
      rememberName(values.answeredBy);
      setOutcome({ itemTitle: item?.title ?? itemId, status: values.status, components: selected });
      setSelected([]);
    },
  });

  const chooseItem = (next: string) => {
    const params = new URLSearchParams(searchParams);
    if (next) params.set("item", next);
    else params.delete("item");
    setSearchParams(params, { replace: true });
    setOutcome(null);
  };

  return (
    <div className="stack">
      {outcome ? <BulkResult outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}
      <Form
        label="Answer for many components"
        error={save.error}
        submitting={save.isPending}
        submitLabel={selected.length > 0 ? `Set on ${plural(selected.length, "checklist")}` : "Set on the selected checklists"}
        onSubmit={() => {
          setOutcome(null);
          save.mutate({ scopes: bulkScopes(selected), itemId, status: values.status, note: values.note, evidenceLinks: values.evidenceLinks, answeredBy: values.answeredBy });
        }}
      >
        <FormSection title="1. Practice" intro="Practices judged per component; organisation, team, context and namespace practices are answered on their own checklists.">
          <PracticeItemSelect items={items} value={itemId} onChange={chooseItem} />
        </FormSection>
        <FormSection title="2. Components" intro="Filter by owner team or kind, tick components, and move between pages: the selection is kept.">
          <SelectedComponents
            selected={selected}
            asked={(kind) => isAsked(item, kind)}
            onRemove={(slug) => setSelected((current) => current.filter((component) => component.slug !== slug))}
            onClear={() => setSelected([])}
          />
          <ComponentPicker item={item} selected={selected} onChange={setSelected} />
        </FormSection>
        <FormSection title="3. Answer" intro="Replaces the answer each selected checklist has for this practice, or overrides the one it inherits.">
          <AnswerFields values={values} set={set} />
        </FormSection>
      </Form>
    </div>
  );
}
