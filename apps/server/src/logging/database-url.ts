/** The database URL as logs may show it: a PostgreSQL password is replaced, a SQLite path kept. */
export function loggableDatabaseUrl(url: string): string {
  if (url.startsWith("file:")) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "redacted";
    return parsed.toString();
  } catch {
    return "(an unparsable database URL)";
  }
}
