import { AppError } from "@topograph/domain";

/** Names the entry a failed write was about, so a message from deep in an import says where it came from. */
export async function about<T>(kind: string, slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `${kind} "${slug}": ${error.message}`, error.issues);
    throw error;
  }
}
