/** Target dates are calendar days (yyyy-mm-dd); shown in the reader's locale without a time zone shift. */
export function formatTargetDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day) return date;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" });
}

/** Whether the whole target day has passed (the server counts the day until its end, UTC). */
export function isPastDate(date: string, now: Date = new Date()): boolean {
  const end = new Date(`${date}T23:59:59.999Z`).getTime();
  return !Number.isNaN(end) && now.getTime() > end;
}
