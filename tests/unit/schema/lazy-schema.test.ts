import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { lazySchema } from '@/lib/schema/lazy-schema';

/** A schema with what callers use of one: nesting, refinements, defaults, `.shape`, its options. */
const buildMessage = () =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('ping') }),
    z
      .strictObject({ type: z.literal('range'), start: z.int().check(z.nonnegative()), end: z.int(), note: z._default(z.string().check(z.maxLength(5)), '') })
      .check(z.refine((r) => r.end > r.start, { message: 'end must be greater than start', path: ['end'] })),
  ]);

const INPUTS: unknown[] = [
  { type: 'ping' },
  { type: 'ping', extra: 1 },
  { type: 'range', start: 1, end: 4 },
  { type: 'range', start: 4, end: 1, note: 'x' },
  { type: 'range', start: -1, end: 2.5, note: 'too long' },
  { type: 'other' },
  null,
  'ping',
];

describe('lazySchema', () => {
  it('parses every input exactly as the schema built at once does: data, issues and messages', () => {
    const eager = buildMessage();
    const lazy = lazySchema(buildMessage);
    for (const input of INPUTS) {
      const a = eager.safeParse(input);
      const b = lazy.safeParse(input);
      expect(b.success).toBe(a.success);
      expect(b.data).toEqual(a.data);
      expect(b.error?.issues).toEqual(a.error?.issues);
    }
    expect(() => lazy.parse({ type: 'range', start: 2, end: 1 })).toThrow('end must be greater than start');
  });

  it('builds the schema once, on first use, not when declared', () => {
    const build = vi.fn(buildMessage);
    const lazy = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    lazy.safeParse({ type: 'ping' });
    lazy.parse({ type: 'range', start: 0, end: 1 });
    void lazy._zod.def.options;
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('stands in for the schema inside other schemas and where its parts are read', () => {
    const build = vi.fn(() => z.strictObject({ id: z.string().check(z.minLength(1)), at: z.number() }));
    const Item = lazySchema(build);
    const List = lazySchema(() => z.array(Item).check(z.maxLength(2)));
    const Named = lazySchema(() => z.extend(Item, { name: z._default(Item.shape.id, 'x') }));
    expect(build).not.toHaveBeenCalled();

    expect(List.safeParse([{ id: 'a', at: 1 }]).success).toBe(true);
    expect(List.safeParse([{ id: '', at: 1 }]).error?.issues[0]?.path).toEqual([0, 'id']);
    expect(Named.parse({ id: 'a', at: 2 })).toEqual({ id: 'a', at: 2, name: 'x' });
    expect(z.optional(Item).parse(undefined)).toBeUndefined();
    expect(Item).toBeInstanceOf(z.ZodMiniObject);
    expect(Object.keys(Item.shape)).toEqual(['id', 'at']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps a map of schemas whole: its keys and each schema', () => {
    const replies = lazySchema(() => ({ 'a/ping': z.boolean(), 'a/count': z.int() }));
    expect(Object.keys(replies)).toEqual(['a/ping', 'a/count']);
    expect('a/ping' in replies).toBe(true);
    expect(replies['a/count'].safeParse(1.5).success).toBe(false);
  });
});

describe('the schema modules', () => {
  it('build no schema as they load; a message schema is built when a message is first parsed', async () => {
    vi.resetModules();
    let built = 0;
    // Zod calls this for every schema object it constructs (the hook `zod/compile` uses).
    z.config({ postProcessor: () => void built++ });
    try {
      const schema = await import('@/lib/schema');
      await import('@/lib/schema/tag-set-file');
      await import('@/lib/schema/settings');
      expect(built).toBe(0);
      expect(schema.ToContent.safeParse({ type: 'pingyue/shortcut', slot: 3 }).success).toBe(true);
      expect(built).toBeGreaterThan(0);
    } finally {
      z.config({ postProcessor: undefined });
    }
  });
});
