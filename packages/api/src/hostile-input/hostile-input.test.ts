import type { TDatabase } from "@topograph/db";
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import { demoApi, type TCaller } from "../testing/caller.ts";
import { deeplyNested, hostileValue, oversizedStrings, poisonedObject, trickyText } from "./hostile-values.ts";
import { inputFields, issuePath, pointsAt, withField, type TInputField, type TPath } from "./input-fields.ts";
import { callProcedure, everyProcedure, type TCallOutcome, type TProcedureEntry } from "./procedures.ts";
import { unstorableText } from "./storable-text.ts";
import { storedRows } from "./stored-rows.ts";
import { validInput } from "./valid-input.ts";
import { schemaNode, unwrapped } from "./zod-shape.ts";

/** Runs per property per procedure; TOPOGRAPH_FUZZ_RUNS=1000 for a long hunt, TOPOGRAPH_FUZZ_SEED to replay one. */
const RUNS = Number(process.env.TOPOGRAPH_FUZZ_RUNS ?? 12);
const SEED = process.env.TOPOGRAPH_FUZZ_SEED === undefined ? undefined : Number(process.env.TOPOGRAPH_FUZZ_SEED);
fc.configureGlobal({ numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });

/** Valid inputs the field-by-field checks start from: enough that every union alternative and list item shows up in one. */
const SAMPLES = Math.max(30, RUNS);
const NESTING_DEPTH = 10_000;
/** What an unbounded list or map is given: far more than any field should take. */
const UNBOUNDED_ITEMS = 10_001;

const procedures = everyProcedure();

let api: TCaller;
let db: TDatabase;
beforeAll(async () => {
  // An administrator, so permission checks pass and only validation decides.
  ({ api, db } = await demoApi());
});

afterEach(() => {
  // A "__proto__" key in an input must stay a key: nothing may reach the shared prototype.
  expect(Object.prototype).not.toHaveProperty("polluted");
});

function samplesOf(schema: z.ZodType, count: number): unknown[] {
  return fc.sample(validInput(schema), { numRuns: count, seed: SEED ?? 10 });
}

function sampleOf(schema: z.ZodType): unknown {
  return samplesOf(schema, 1)[0];
}

function valueAt(value: unknown, path: TPath): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined), value);
}

function describeOutcome(outcome: TCallOutcome): string {
  return outcome.ok ? "accepted" : `${outcome.data.code}/${outcome.data.appCode}: ${outcome.message.slice(0, 300)}`;
}

/**
 * Calls the procedure; whatever happens, it is not a server error. A refused write leaves every
 * table as it was. Returns the outcome for the checks that follow.
 */
async function callSafely(procedure: TProcedureEntry, input: unknown): Promise<TCallOutcome> {
  const before = procedure.type === "mutation" ? await storedRows(db) : null;
  const outcome = await callProcedure(api, procedure.path, input);
  if (!outcome.ok) {
    expect(outcome.data.appCode, `${procedure.path} answered a server error (${outcome.cause})`).not.toBe("INTERNAL");
    expect(outcome.data.httpStatus).toBeLessThan(500);
    if (before !== null) expect(await storedRows(db), `${procedure.path} was refused (${outcome.message}) but wrote`).toBe(before);
  }
  return outcome;
}

/** The call is refused as invalid input, with issues that each name a field and say what is wrong; at least one points at `blame`. */
function expectRefusedNaming(procedure: TProcedureEntry, outcome: TCallOutcome, blame: TPath, what: string): void {
  const context = `${procedure.path}, ${what}: ${describeOutcome(outcome)}`;
  expect(outcome.ok, context).toBe(false);
  if (outcome.ok) return;
  expect(outcome.data.code, context).toBe("BAD_REQUEST");
  expect(outcome.data.appCode, context).toBe("INVALID");
  expect(outcome.data.issues.length, context).toBeGreaterThan(0);
  for (const issue of outcome.data.issues) {
    expect(issue.path, context).not.toBe("");
    expect(issue.message, context).not.toBe("");
  }
  expect(
    outcome.data.issues.some((issue) => pointsAt(issue.path, blame)),
    `${context} — expected an issue at ${issuePath(blame)}, got ${outcome.data.issues.map((issue) => issue.path).join(", ")}`,
  ).toBe(true);
}

/** Whether the API must take `input` past validation: its schema accepts it and every text in it can be stored. */
function isValidInput(schema: z.ZodType, input: unknown): boolean {
  return schema.safeParse(input).success && unstorableText(input).length === 0;
}

/** Checks the outcome of `input`: refused naming `blame` when it is not valid input; otherwise anything but a server error. */
async function expectHandled(procedure: TProcedureEntry & { input: z.ZodType }, input: unknown, blame: TPath, what: string): Promise<void> {
  const outcome = await callSafely(procedure, input);
  if (!isValidInput(procedure.input, input)) expectRefusedNaming(procedure, outcome, blame, what);
}

describe("the hostile-input tests", () => {
  test("cover every procedure of the app router, deriving a valid input from every input schema", () => {
    expect(procedures.length).toBeGreaterThan(100);
    for (const { path, input } of procedures) if (input) expect(input.safeParse(samplesOf(input, 1)[0]).success, path).toBe(true);
  });
});

describe.each(procedures.filter((procedure) => procedure.input === null))("$path (takes no input)", (procedure) => {
  test("ignores whatever a client sends it, never answering a server error", async () => {
    await fc.assert(fc.asyncProperty(hostileValue, async (input) => void (await callSafely(procedure, input))));
  });
});

describe.each(procedures.filter((procedure): procedure is TProcedureEntry & { input: z.ZodType } => procedure.input !== null))("$path", (procedure) => {
  const { input: schema } = procedure;
  const samples = samplesOf(schema, SAMPLES);
  /** Each field once (one list item or map entry stands for all), with the first sample that holds it: optional fields and items are not in every one. */
  const fields = new Map<string, { field: TInputField; sample: unknown }>();
  for (const sample of samples) for (const field of inputFields(schema, sample)) if (!fields.has(field.shape)) fields.set(field.shape, { field, sample });

  test("a value of any other type, or none, is refused as invalid input, never a server error", async () => {
    await fc.assert(fc.asyncProperty(hostileValue, async (input) => expectHandled(procedure, input, [], `input ${JSON.stringify(input)}`)));
  });

  test("a random valid input is never answered with a server error", async () => {
    await fc.assert(fc.asyncProperty(validInput(schema), async (input) => void (await callSafely(procedure, input))));
  });

  if (fields.size > 0) {
    test("a hostile value in any one field is refused naming that field, or accepted; never a server error", async () => {
      const mutation = validInput(schema).chain((sample) => {
        const present = inputFields(schema, sample);
        return fc.tuple(fc.constant(sample), fc.constantFrom(...present), fc.oneof(hostileValue, trickyText));
      });
      await fc.assert(
        fc.asyncProperty(mutation, async ([sample, field, value]) => expectHandled(procedure, withField(sample, field.path, value), field.blame, `${issuePath(field.path)} = ${JSON.stringify(value)}`)),
      );
    });

    test("each string, list and map past its limit is refused naming the field", async () => {
      for (const { field, sample: start } of fields.values()) {
        const core = unwrapped(field.schema);
        const node = schemaNode(core);
        let oversized: unknown[] = [];
        if (node.kind === "string") {
          const current = valueAt(start, field.path);
          oversized = oversizedStrings(typeof current === "string" ? current : (sampleOf(core) as string), node.maxLength);
        } else if (node.kind === "array") {
          const item = sampleOf(node.element);
          oversized = [Array.from({ length: (node.maxLength ?? UNBOUNDED_ITEMS - 1) + 1 }, () => item)];
        } else if (node.kind === "record") {
          const key = sampleOf(node.key) as string;
          const value = sampleOf(node.value);
          oversized = [Object.fromEntries(Array.from({ length: UNBOUNDED_ITEMS }, (_, index) => [`${index}${key}`.slice(0, 63), value])), { [oversizedStrings(key, null)[0]]: value }];
        }
        for (const value of oversized) {
          const outcome = await callSafely(procedure, withField(start, field.path, value));
          expectRefusedNaming(procedure, outcome, field.blame, `${issuePath(field.path)} oversized (${node.kind})`);
        }
      }
    });
  }

  test(`a value nested ${NESTING_DEPTH.toLocaleString("en")} levels deep, at the top or in any field, is refused naming where it is, without exhausting the stack`, async () => {
    const places = [{ path: [] as TPath, blame: [] as TPath, sample: samples[0] }, ...[...fields.values()].map(({ field, sample }) => ({ ...field, sample }))];
    for (const { path, blame, sample } of places) {
      for (const shape of ["object", "array"] as const) {
        await expectHandled(procedure, withField(sample, path, deeplyNested(NESTING_DEPTH, shape)), blame, `${issuePath(path)} nested ${shape}s`);
      }
    }
  });

  test("unknown keys, prototype keys among them, are refused naming the object or ignored; never a server error", async () => {
    const extraKeys = fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "$where", ""), trickyText), hostileValue, { minKeys: 1, maxKeys: 4 });
    const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
    const objects = [
      { path: [] as TPath, blame: [] as TPath, sample: samples[0] },
      ...[...fields.values()].filter(({ field, sample }) => isObject(valueAt(sample, field.path))).map(({ field, sample }) => ({ ...field, sample })),
    ];
    await fc.assert(
      fc.asyncProperty(validInput(schema), fc.constantFrom(...objects), fc.oneof(extraKeys, fc.constant(null).map(poisonedObject)), async (random, place, extra) => {
        // The random sample when it holds this object (optional ones are not in every sample), else the one that does.
        const sample = isObject(valueAt(random, place.path)) ? random : place.sample;
        let widened: unknown = valueAt(sample, place.path);
        for (const key of Object.keys(extra)) widened = withField(widened, [key], (extra as Record<string, unknown>)[key]);
        await expectHandled(procedure, withField(sample, place.path, widened), place.blame, `${issuePath(place.path)} with keys ${JSON.stringify(Object.keys(extra))}`);
      }),
    );
  });
});
