import { z } from "zod";

/** Slugs name entities in URLs and scripts: lowercase DNS-label style, like Kubernetes names. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 63;

export const ZSlugSchema = z
  .string()
  .trim()
  .min(1, "Slug is required.")
  .max(SLUG_MAX_LENGTH, `Slug must be at most ${SLUG_MAX_LENGTH} characters.`)
  .regex(SLUG_PATTERN, "Slug may contain only lowercase letters, digits and single hyphens, and must start and end with a letter or digit.");

/** Derives a slug from a display name: "Team B (payments)" → "team-b-payments". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, "");
}
