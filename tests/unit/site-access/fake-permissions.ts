import type { SitePermissions } from '@/components/site-access/use-site-access';

type Listener = (permissions: { origins?: string[] }) => void;

/** The browser's permissions as seen by the page: grants, removals, and the events both fire. */
export function fakePermissions(granted: string[]) {
  let origins = [...granted];
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const fake = {
    requests: [] as string[][],
    removals: [] as string[][],
    /** What the reviewer answers in the browser's prompt. */
    accept: true,
    failWith: null as Error | null,
    get listeners() {
      return added.size + removed.size;
    },
    /** The reviewer withdrew a site in the browser's own settings. */
    withdraw(pattern: string) {
      origins = origins.filter((o) => o !== pattern);
      removed.forEach((listener) => listener({ origins: [pattern] }));
    },
    api: {
      getAll: async () => ({ origins: [...origins] }),
      request: async ({ origins: asked }) => {
        fake.requests.push(asked);
        if (fake.failWith) throw fake.failWith;
        if (!fake.accept) return false;
        origins = [...new Set([...origins, ...asked])];
        added.forEach((listener) => listener({ origins: asked }));
        return true;
      },
      remove: async ({ origins: gone }) => {
        fake.removals.push(gone);
        origins = origins.filter((o) => !gone.includes(o));
        removed.forEach((listener) => listener({ origins: gone }));
        return true;
      },
      onAdded: { addListener: (l) => void added.add(l), removeListener: (l) => void added.delete(l) },
      onRemoved: { addListener: (l) => void removed.add(l), removeListener: (l) => void removed.delete(l) },
    } satisfies SitePermissions,
  };
  return fake;
}
