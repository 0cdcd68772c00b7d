// Pure: `until` dates (YYYY-MM-DD) on the user's exceptions: secrets allowances and dependency waivers.

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether an exception dated `until` has lapsed at `now`: it holds through its `until` day (UTC) and lapses when
 * the next day begins. A date that does not parse counts as lapsed.
 */
export function isExpired(until: string, now: Date): boolean {
  const day = Date.parse(`${until}T00:00:00Z`);
  if (Number.isNaN(day)) return true;
  return now.getTime() >= day + DAY_MS;
}
