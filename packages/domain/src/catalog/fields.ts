import { z } from "zod";

/** Field schemas shared by every entity's input. */
export const ZNameSchema = z.string().trim().min(1, "Name is required.").max(120, "Name must be at most 120 characters.");
export const ZDescriptionSchema = z.string().trim().max(4000, "Description must be at most 4000 characters.").default("");
export const ZEntityIdSchema = z.string().trim().min(1, "Id is required.").max(64, "Id is too long.");
export const ZVersionSchema = z.int("Version must be a whole number.").positive("Version must be positive.");

/** Identifies the row an update or delete applies to, and the version the caller last saw. */
export const ZEntityRefSchema = z.object({ id: ZEntityIdSchema, version: ZVersionSchema });
export type TEntityRef = z.infer<typeof ZEntityRefSchema>;

/** Turns a closed vocabulary into a zod enum whose error message lists the allowed values. */
export function vocabulary<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: () => `${label} must be one of: ${values.join(", ")}.` });
}

/** The longest slug a reference to another entity may give: generous beside the 63 a slug has, short enough that no lookup carries megabytes. */
export const SLUG_REFERENCE_MAX_LENGTH = 200;

/** A reference to another entity by its slug; whether that entity exists is the data layer's question. */
export function slugReference(requiredMessage = "Slug is required.") {
  return z.string().trim().min(1, requiredMessage).max(SLUG_REFERENCE_MAX_LENGTH, `A slug is at most ${SLUG_REFERENCE_MAX_LENGTH} characters.`);
}

/** A list of slugs naming related entities; duplicates are an input error, not silently merged. */
export function slugList(label: string) {
  return z
    .array(slugReference(`${label} slug is required.`))
    .max(500, `At most 500 ${label.toLowerCase()} references.`)
    .refine((slugs) => new Set(slugs).size === slugs.length, `${label} list names the same entry twice.`);
}

type TWithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/**
 * The shape of an update input: every field optional, and defaults dropped so that a field the
 * caller leaves out stays as it is rather than being reset. Create inputs keep their defaults.
 */
export function updateShape<T extends z.ZodRawShape>(shape: T): { [K in keyof T]: z.ZodOptional<TWithoutDefault<T[K]>> } {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, z.optional(schema instanceof z.ZodDefault ? schema.unwrap() : schema)]),
  ) as { [K in keyof T]: z.ZodOptional<TWithoutDefault<T[K]>> };
}
