import { describe, expect, it } from 'vitest';
import { Annotation } from '@/lib/schema';
import { flagsFromAnnotations, formatFlags } from '@/lib/assessment/flags';
import { createV4Database, V4_FROM_CHECKER, V4_OWN_NOTES } from '../../fixtures/db/v4-database';
import { upgradedDatabase } from '../../fixtures/db/helpers';

describe('PingyueDB upgrade from version 4 (the rule an annotation came from, stored as `source`)', () => {
  const upgraded = upgradedDatabase('upgrade-v4', createV4Database);

  it('reads the rule from the head of a checker message once, keeping comment and updatedAt', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(6);
    for (const { row, ruleId } of V4_FROM_CHECKER) {
      expect(await db.annotations.get(row.id)).toEqual({ ...row, source: { kind: 'checker', version: 1, ruleId } });
    }
    for (const a of await db.annotations.toArray()) expect(Annotation.safeParse(a).success).toBe(true);
  });

  it('leaves the reviewer’s own notes without a source, even with a colon or a rule’s name in them', async () => {
    const db = await upgraded();
    for (const row of V4_OWN_NOTES) {
      const stored = await db.annotations.get(row.id);
      expect(stored).toEqual(row);
      expect(stored).not.toHaveProperty('source');
    }
  });

  it('counts the report’s flags from the stored source, in either language', async () => {
    const db = await upgraded();
    const annotations = await db.annotations.toArray();
    expect(formatFlags(flagsFromAnnotations(annotations))).toBe('问题不实 2 处、措施空泛 1 处、数据缺失 1 处');
    expect(flagsFromAnnotations(annotations, 'en').map((f) => `${f.label} ${f.count}`)).toEqual(['Vague problem 2', 'Vague measure 1', 'Missing data 1']);
  });
});
