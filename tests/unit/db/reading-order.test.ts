import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGED_ANCHOR_STRATEGY, type Anchor } from '@/lib/schema';
import { createAnnotation, listDocumentAnnotations } from '@/lib/db/annotations';
import { inDocumentOrder } from '@/lib/assessment/draft';
import { exportDocument } from '@/lib/transfer';
import { freshDb, page } from '../../fixtures/db/helpers';

/** An anchor on page `n` of a paged report, `start` characters into that page's text. */
const onPage = (n: number, start: number, exact: string): Anchor => ({
  strategy: PAGED_ANCHOR_STRATEGY,
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
  page: n,
});

describe('annotations of a paged report come in reading order: by page, then place on the page', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('reading-order');
  });
  afterEach(() => env.dispose());

  it('lists, drafts and exports page 1’s late passage before page 2’s early one', async () => {
    const { db } = env;
    // Offsets are page-relative: page 2's passage starts at 5, page 1's at 300.
    await createAnnotation(db, { page: page(), tagId: 'problem', comment: '', anchor: onPage(2, 5, '学用结合还有差距') }, 1000);
    await createAnnotation(db, { page: page(), tagId: 'achievement', comment: '', anchor: onPage(1, 300, '全年走访社区工作者') }, 2000);
    const listed = await listDocumentAnnotations(db, (await db.documents.toCollection().first())!.id);
    expect(listed.map((a) => a.anchor.quote.exact)).toEqual(['全年走访社区工作者', '学用结合还有差距']);
    expect(inDocumentOrder([...listed].reverse()).map((a) => a.anchor.quote.exact)).toEqual(['全年走访社区工作者', '学用结合还有差距']);
    const exported = await exportDocument(db, listed[0]!.documentId, 3000);
    expect(exported.annotations.map((a) => a.anchor.quote.exact)).toEqual(['全年走访社区工作者', '学用结合还有差距']);
  });
});
