import { PASSWORD_MIN_LENGTH } from "@topograph/domain";

/** The hint under a new-password field: the rule, and how far the typed password is from it. */
export function passwordRuleHint(password: string): string {
  const rule = `At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.`;
  // Counted as the server counts (string length), so the hint and the server never disagree.
  const missing = PASSWORD_MIN_LENGTH - password.length;
  if (password.length === 0) return rule;
  return missing > 0 ? `${rule} ${missing} more to go.` : `${rule} Long enough.`;
}
