import { z } from "zod";
import { ZNameSchema } from "../catalog/fields.ts";
import { ZNewPasswordSchema } from "./password.ts";
import { ZUserEmailSchema } from "./user.ts";

/**
 * When no administrator is configured on first start, the server prints a one-time link to the page
 * that creates one. The token in it works once, and only while no user exists.
 */
export const SETUP_PATH = "/setup";
export const SETUP_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The link to print: relative to wherever the server is reached (`/setup?token=…`). */
export function setupLink(token: string, baseUrl = ""): string {
  return `${baseUrl.replace(/\/$/, "")}${SETUP_PATH}?token=${encodeURIComponent(token)}`;
}

export const ZSetupSchema = z.object({
  token: z.string().trim().min(1, "The setup token is required; it is in the link printed when the server started.").max(200, "The setup token is too long."),
  email: ZUserEmailSchema,
  name: ZNameSchema,
  password: ZNewPasswordSchema,
});
export type TSetup = z.infer<typeof ZSetupSchema>;
