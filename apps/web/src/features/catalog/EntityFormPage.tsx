import { useMutation, type UseMutationOptions, useQuery, type UseQueryOptions } from "@tanstack/react-query";
import type { TRequestableOperation } from "@topograph/domain";
import { type ReactNode, useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage, isNotFound, type TApiError } from "../../lib/api-error.ts";
import { CATALOG_KINDS, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Form } from "../../ui/form/Form.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { ProposeChangeRequest } from "../change-requests/ProposeChangeRequest.tsx";
import { proposalAfterRefusal } from "../change-requests/proposal.ts";
import { EntityNotFound } from "./EntityNotFound.tsx";
import { changedFields } from "./changed-fields.ts";

/** What every create and update returns. */
interface TSaved {
  id: string;
  slug: string;
  version: number;
}

interface TLoadedEntity {
  id: string;
  slug: string;
  name: string;
  version: number;
}

type TSetValue<TValues> = <K extends keyof TValues>(key: K, value: TValues[K]) => void;

export interface TEntityFormConfig<TEntity extends TLoadedEntity, TValues extends object, TInput extends object> {
  kind: TCatalogKind;
  /** Values of an empty form, for "New …". */
  emptyValues: TValues;
  /** Form values of an existing entry, for "Edit …". */
  toValues: (entity: TEntity) => TValues;
  /** The create input the values stand for; edits send the fields of it that changed. */
  toInput: (values: TValues) => TInput;
  renderFields: (values: TValues, set: TSetValue<TValues>, entity: TEntity | null) => ReactNode;
  /** The update a non-owner may propose to the owners as a change request when the server refuses it. */
  proposeAs?: TRequestableOperation;
}

interface TEntityFormPageProps<TEntity extends TLoadedEntity, TValues extends object, TInput extends object> extends TEntityFormConfig<TEntity, TValues, TInput> {
  /** The entry being edited; absent when creating one. */
  slug: string | undefined;
  load: (slug: string) => UseQueryOptions<TEntity, TApiError, TEntity, any>;
  create: UseMutationOptions<TSaved, TApiError, TInput, any>;
  update: UseMutationOptions<TSaved, TApiError, TEntityRefWith<TInput>, any>;
}

type TEntityRefWith<TInput> = { id: string; version: number } & Partial<TInput>;

/**
 * Create and edit pages for every kind: loads the entry to edit, sends its id and version with the
 * changed fields, shows the server's messages, and opens the saved entry's page.
 */
export function EntityFormPage<TEntity extends TLoadedEntity, TValues extends object, TInput extends object>(props: TEntityFormPageProps<TEntity, TValues, TInput>) {
  const { kind, slug, load } = props;
  const { singular } = CATALOG_KINDS[kind];
  // Editing must not be overwritten by a background refresh; "Reload" refetches on purpose.
  const loaded = useQuery({ ...load(slug ?? ""), enabled: slug !== undefined, refetchOnWindowFocus: false, refetchOnReconnect: false });
  const [reloads, setReloads] = useState(0);
  useDocumentTitle(slug ? `Edit ${loaded.data?.name ?? singular}` : `New ${singular}`);

  if (slug === undefined) {
    return (
      <>
        <PageHeader eyebrow={`New ${singular}`} title={`Add a ${singular}`} />
        <EntityForm {...props} entity={null} />
      </>
    );
  }
  if (loaded.isError && !loaded.data) {
    return isNotFound(loaded.error) ? <EntityNotFound kind={kind} slug={slug} /> : <ErrorBanner title={`Could not load the ${singular}.`}>{errorMessage(loaded.error)}</ErrorBanner>;
  }
  if (!loaded.data) return <Loading label={`Loading ${singular} “${slug}”…`} />;
  const entity = loaded.data;
  return (
    <>
      <PageHeader eyebrow={`Edit ${singular}`} title={entity.name} />
      <EntityForm
        key={`${entity.id}:${reloads}`}
        {...props}
        entity={entity}
        onReload={async () => {
          await loaded.refetch();
          setReloads((count) => count + 1);
        }}
      />
    </>
  );
}

interface TEntityFormProps<TEntity extends TLoadedEntity, TValues extends object, TInput extends object> extends TEntityFormPageProps<TEntity, TValues, TInput> {
  entity: TEntity | null;
  onReload?: () => void;
}

function EntityForm<TEntity extends TLoadedEntity, TValues extends object, TInput extends object>({
  kind,
  entity,
  emptyValues,
  toValues,
  toInput,
  renderFields,
  create,
  update,
  onReload,
  proposeAs,
}: TEntityFormProps<TEntity, TValues, TInput>) {
  const navigate = useNavigate();
  const { singular } = CATALOG_KINDS[kind];
  // The entry as it was when editing began: its version and values are what the edit is based on.
  const [base] = useState(() => (entity ? { id: entity.id, version: entity.version, values: toValues(entity) } : null));
  const { values, set } = useFormValues(base?.values ?? emptyValues);
  const onSaved = (saved: TSaved) => navigate(paths.detail(kind, saved.slug));
  const createMutation = useMutation({ ...create, onSuccess: onSaved });
  const updateMutation = useMutation({ ...update, onSuccess: onSaved });
  const active = base ? updateMutation : createMutation;

  const submit = () => {
    if (!base) return createMutation.mutate(toInput(values));
    const changes = changedFields(toInput(base.values), toInput(values));
    // Nothing changed: no write, no new version; just go back to the entry.
    if (Object.keys(changes).length === 0 && entity) return void navigate(paths.detail(kind, entity.slug));
    updateMutation.mutate({ id: base.id, version: base.version, ...changes });
  };

  // Refused for ownership: the panel above the form shows why and offers the same edit as a change request.
  const proposal = base && proposeAs ? proposalAfterRefusal(proposeAs, updateMutation) : null;

  return (
    <>
      {proposal ? <ProposeChangeRequest proposal={proposal} /> : null}
      <Form
        label={base ? `Edit ${singular}` : `New ${singular}`}
        error={proposal ? null : active.error}
        submitting={active.isPending}
        submitLabel={base ? "Save changes" : `Create ${singular}`}
        cancelTo={entity ? paths.detail(kind, entity.slug) : paths.list(kind)}
        onSubmit={submit}
        onReload={onReload}
      >
        {renderFields(values, set, entity)}
      </Form>
    </>
  );
}
