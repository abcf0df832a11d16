import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAssessment, lastReviewerName, updateAssessment } from '@/lib/db/assessments';
import { freshDb } from '../../fixtures/db/helpers';

describe('assessment records', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('assessments');
  });
  afterEach(() => env.dispose());

  it('creates on first change, then keeps the rating and edits apart', async () => {
    const { db } = env;
    expect(await getAssessment(db, 'doc-1')).toBeUndefined();
    await updateAssessment(db, 'doc-1', 'shuzhi-default', { rating: '较好' }, 10);
    await updateAssessment(db, 'doc-1', 'shuzhi-default', { section: { id: 'problems', text: '改写的问题' } }, 20);
    expect(await getAssessment(db, 'doc-1')).toEqual({
      documentId: 'doc-1',
      tagSetId: 'shuzhi-default',
      rating: '较好',
      editedSections: { problems: '改写的问题' },
      speaker: '',
      reviewer: '',
      date: '',
      updatedAt: 20,
    });
    // The people are kept apart from the rating and the text, and the last 评议人 is offered for the next report.
    await updateAssessment(db, 'doc-1', 'shuzhi-default', { people: { speaker: '王某', reviewer: '李某' } }, 25);
    expect(await getAssessment(db, 'doc-1')).toMatchObject({ rating: '较好', speaker: '王某', reviewer: '李某', editedSections: { problems: '改写的问题' } });
    expect(await lastReviewerName(db)).toBe('李某');
    await expect(updateAssessment(db, 'doc-1', 'shuzhi-default', { people: { date: '明天' } }, 26)).rejects.toThrow();
    // 恢复自动生成: the edit goes, the rating stays.
    await updateAssessment(db, 'doc-1', 'shuzhi-default', { section: { id: 'problems', text: null } }, 30);
    expect(await getAssessment(db, 'doc-1')).toMatchObject({ rating: '较好', editedSections: {}, updatedAt: 30 });
  });

  it('refuses a record the schema rejects and writes nothing', async () => {
    const { db } = env;
    await expect(updateAssessment(db, 'doc-1', 'shuzhi-default', { rating: '这是一个太长的评价等级名称' }, 1)).rejects.toThrow();
    expect(await db.assessments.count()).toBe(0);
  });
});
