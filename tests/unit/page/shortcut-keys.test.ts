import { describe, expect, it } from 'vitest';
import { slotFromKey } from '@/lib/page/shortcut-keys';
import { trimOffsets } from '@/lib/page/capture-selection';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = { altKey: true, shiftKey: true }) =>
  ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code, ...mods });

describe('slotFromKey', () => {
  it('reads Alt+Shift+digit by physical key (Shift turns 1 into !)', () => {
    expect(slotFromKey(key('Digit1'))).toBe(1);
    expect(slotFromKey(key('Numpad9'))).toBe(9);
  });
  it('ignores other combinations', () => {
    expect(slotFromKey(key('Digit1', { altKey: true }))).toBeNull();
    expect(slotFromKey(key('Digit1', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(slotFromKey(key('Digit0'))).toBeNull();
    expect(slotFromKey(key('KeyA'))).toBeNull();
  });
});

describe('trimOffsets', () => {
  it('drops whitespace at both ends of a selection, including the ideographic space', () => {
    const text = '\n　 问题不实 \n';
    const span = trimOffsets(text, 0, text.length)!;
    expect(text.slice(span.start, span.end)).toBe('问题不实');
  });
  it('returns null for a selection of only whitespace', () => expect(trimOffsets('a   b', 1, 4)).toBeNull());
});
