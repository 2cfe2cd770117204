// Dates as a Dutch reader sees them. formatDate (lib/site/config.ts) turns an ISO date into "1 december 2026".

/** Today's date on this device, as YYYY-MM-DD in its own time zone (not UTC: at 00:30 in Amsterdam it is today). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
