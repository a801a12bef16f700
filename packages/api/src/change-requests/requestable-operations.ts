import { createWaiver, setChecklistAnswer, updateComponent, updateNamespace, updateRepository, type TDb } from "@topograph/db";
import {
  ZComponentUpdateSchema,
  ZNamespaceUpdateSchema,
  ZRepositoryUpdateSchema,
  ZSetAnswerInputSchema,
  ZWaiverCreateSchema,
  type TPermissionNeed,
  type TRequestableOperation,
} from "@topograph/domain";
import type { z } from "zod";
import { COMPONENT_NEEDS, NAMESPACE_NEEDS, REPOSITORY_NEEDS } from "../authorisation/catalog-needs.ts";
import { scopeNeeds } from "../authorisation/scope-needs.ts";

/** A write that can be proposed: its input schema, what it needs, and the write itself. */
interface TRequestable<TSchema extends z.ZodType> {
  schema: TSchema;
  needs: (db: TDb, input: z.output<TSchema>) => Promise<TPermissionNeed[]>;
  write: (db: TDb, input: z.output<TSchema>, now: Date) => Promise<unknown>;
}

function requestable<TSchema extends z.ZodType>(operation: TRequestable<TSchema>): TRequestable<z.ZodType> {
  return operation as unknown as TRequestable<z.ZodType>;
}

/**
 * The same schemas, permission needs and data-access functions as the direct procedures
 * (component.update…), so a proposal is checked and applied exactly as the owners' own edit.
 */
export const REQUESTABLE: Record<TRequestableOperation, TRequestable<z.ZodType>> = {
  "component.update": requestable({ schema: ZComponentUpdateSchema, needs: COMPONENT_NEEDS.update, write: (db, input) => updateComponent(db, input) }),
  "repository.update": requestable({ schema: ZRepositoryUpdateSchema, needs: REPOSITORY_NEEDS.update, write: (db, input) => updateRepository(db, input) }),
  "namespace.update": requestable({ schema: ZNamespaceUpdateSchema, needs: NAMESPACE_NEEDS.update, write: (db, input) => updateNamespace(db, input) }),
  "checklist.setAnswer": requestable({
    schema: ZSetAnswerInputSchema,
    needs: (db, input) => scopeNeeds(db, input.scope, "answer this checklist"),
    write: (db, input) => setChecklistAnswer(db, input),
  }),
  "waiver.create": requestable({
    schema: ZWaiverCreateSchema,
    needs: (db, input) => scopeNeeds(db, input.entity, "waive a rule for it"),
    write: (db, input, now) => createWaiver(db, input, now),
  }),
};
