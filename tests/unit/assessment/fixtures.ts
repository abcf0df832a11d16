import { ANCHOR_STRATEGY, scheme1Identity, type Annotation, type DocumentRecord } from '@/lib/schema';

let counter = 0;

/** An annotation of `exact` at `start` in report `doc-1`. */
export function annotation(tagId: string, exact: string, start: number, comment: string, extra: Partial<Annotation> = {}): Annotation {
  counter += 1;
  return {
    id: `a-${counter}`,
    documentId: 'doc-1',
    tagId,
    comment,
    anchor: {
      strategy: ANCHOR_STRATEGY,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    anchorStatus: 'anchored',
    createdAt: Date.UTC(2024, 4, 1, 1, 30) + counter,
    updatedAt: Date.UTC(2024, 4, 1, 1, 30) + counter,
    ...extra,
  };
}

export function documentRecord(id: string, title: string, url: string): DocumentRecord {
  return { id, title, url, urls: [url], fingerprint: 'f'.repeat(64), sketch: [], textLength: 1000, ...scheme1Identity(), createdAt: 0, updatedAt: 0 };
}

/** A report's annotations in the order a reviewer made them (not document order). */
export const REPORT_ANNOTATIONS: Annotation[] = [
  annotation('problem', '部分社区党组织书记抓党建的意识不够强，个别党员参加组织生活不够经常，存在重业务轻党建的倾向', 300, '哪些社区？几名党员？'),
  annotation('achievement', '完成七个社区党组织换届', 120, '有数据，可信'),
  annotation('achievement', '书记讲党课四次', 40, ''),
  annotation('cause', '人员力量不足', 420, '原因客观化：只讲了“人员力量不足”等客观因素，没有从本人和班子的思想、认识、履职等主观方面剖析。', {
    source: { kind: 'checker', version: 1, ruleId: 'objective-cause' },
  }),
  annotation('measure', '进一步加强基层党组织建设', 600, '措施空泛：使用了“进一步加强”，但没有完成时限、责任主体、数量或频次、具体成果。', {
    source: { kind: 'checker', version: 1, ruleId: 'vague-measure' },
  }),
  annotation('removed-tag', '我们始终坚持把党建工作摆在突出位置', 200, '套话'),
];
