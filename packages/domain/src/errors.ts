/**
 * The one typed application error. Data access and domain code throw it; the API maps its
 * code to a transport status in one place (packages/api/src/trpc.ts) and the UI shows `message`.
 */
export const APP_ERROR_CODES = ["NOT_FOUND", "DUPLICATE", "STALE_VERSION", "REFERENCED", "INVALID", "UNAUTHENTICATED", "FORBIDDEN", "NOT_OWNER", "RATE_LIMITED"] as const;
export type TAppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface TFieldIssue {
  /** Dotted path of the input field, e.g. `members.1.email`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    /** Field-level details, shown next to the form field they name. */
    readonly issues: TFieldIssue[] = [],
  ) {
    super(message);
  }

  static notFound(kind: string, key: string): AppError {
    return new AppError("NOT_FOUND", `No ${kind} "${key}" exists.`);
  }

  /** The caller is not signed in, or their credential was refused. */
  static unauthenticated(message = "Sign in first: this needs a signed-in user or an API token."): AppError {
    return new AppError("UNAUTHENTICATED", message);
  }

  /** The caller is known but their role does not allow this. */
  static forbidden(message: string): AppError {
    return new AppError("FORBIDDEN", message);
  }

  /** Strongly owned by teams the caller is not in: the change can be proposed as a change request. */
  static notOwner(message: string): AppError {
    return new AppError("NOT_OWNER", message);
  }

  static invalid(path: string, message: string): AppError {
    return new AppError("INVALID", `${path}: ${message}`, [{ path, message }]);
  }
}
