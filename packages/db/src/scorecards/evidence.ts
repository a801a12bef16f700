import { AppError, type TFactValue, type TScoredKind } from "@topograph/domain";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { findSubject, subjectColumns, subjectKey } from "./subjects.ts";

/** A fact as a producer (a repository scan) reports it: the entity by kind and slug. */
export interface TEvidenceInput {
  subject: { kind: TScoredKind; slug: string };
  key: string;
  value: TFactValue;
  message: string;
  source: string;
  file?: string;
  line?: number;
}

/**
 * Records what a producer established, replacing earlier facts with the same key for the same
 * entity. The evidence issue's scanners call this; scoring reads the facts on its next run.
 */
export async function recordEvidenceFacts(db: TDb, facts: readonly TEvidenceInput[], observedAt: Date) {
  return inTransaction(db, async (tx) => {
    for (const fact of facts) {
      const subject = await findSubject(tx, fact.subject.kind, fact.subject.slug);
      if (!subject) throw AppError.invalid("subject", `No ${fact.subject.kind.replace("-", " ")} "${fact.subject.slug}" exists.`);
      const key = subjectKey(fact.subject.kind, subject.id);
      const data = { value: JSON.stringify(fact.value), message: fact.message, source: fact.source, file: fact.file ?? null, line: fact.line ?? null, observedAt };
      await tx.evidenceFact.upsert({ where: { subjectKey_key: { subjectKey: key, key: fact.key } }, create: { subjectKey: key, ...subjectColumns(fact.subject.kind, subject.id), key: fact.key, ...data }, update: data });
    }
    return { recorded: facts.length };
  });
}
