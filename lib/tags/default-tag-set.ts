import type { TagSet } from '@/lib/schema';

/** The built-in 述职评议 tag set: what every reviewer starts with. */
export const DEFAULT_TAG_SET: TagSet = {
  id: 'shuzhi-default',
  name: '述职评议（默认）',
  version: 1,
  tags: [
    { id: 'achievement', label: '成绩', color: '#16a34a', shortcut: 1 },
    { id: 'problem', label: '问题', color: '#dc2626', shortcut: 2 },
    { id: 'measure', label: '措施', color: '#2563eb', shortcut: 3 },
  ],
};
