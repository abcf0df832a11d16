/**
 * A fresh id for a tag set, tag or form section (`team-3f9a1c2e`). Labels are Chinese and may be
 * renamed, so ids are random rather than derived from them; annotations keep pointing at the id.
 */
export function newSlug(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
