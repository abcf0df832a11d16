const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the reviewer's time zone: file names and "today's backup" mean their day, not UTC's. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** `2024-05-01 09:30` in the reviewer's time zone (what a meeting secretary reads, not ISO). */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  return `${localDate(ms)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
