import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/domain';
import { moveTargetForKey } from '../../../src/features/pipeline/keyboard';

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('moveTargetForKey', () => {
  it('Shift+ArrowRight moves one stage forward, stopping at Offer', () => {
    expect(moveTargetForKey(key('ArrowRight', { shiftKey: true }), 'applied')).toBe('screen');
    expect(moveTargetForKey(key('ArrowRight', { shiftKey: true }), 'onsite')).toBe('offer');
    expect(moveTargetForKey(key('ArrowRight', { shiftKey: true }), 'offer')).toBeNull();
  });

  it('Shift+ArrowLeft moves one stage back, stopping at Applied', () => {
    expect(moveTargetForKey(key('ArrowLeft', { shiftKey: true }), 'offer')).toBe('onsite');
    expect(moveTargetForKey(key('ArrowLeft', { shiftKey: true }), 'screen')).toBe('applied');
    expect(moveTargetForKey(key('ArrowLeft', { shiftKey: true }), 'applied')).toBeNull();
  });

  it('plain arrows are navigation, not moves', () => {
    expect(moveTargetForKey(key('ArrowRight'), 'applied')).toBeNull();
    expect(moveTargetForKey(key('ArrowLeft'), 'offer')).toBeNull();
  });

  it('digits 1 to 4 go straight to that stage, from anywhere', () => {
    for (const current of STAGES) {
      expect(['1', '2', '3', '4'].map((d) => moveTargetForKey(key(d), current))).toEqual([...STAGES]);
    }
  });

  it('other digits and keys are not moves', () => {
    for (const k of ['0', '5', '9', '12', 'm', 'Enter', ' ', 'ArrowUp']) {
      expect(moveTargetForKey(key(k), 'screen'), k).toBeNull();
    }
    expect(moveTargetForKey(key('ArrowUp', { shiftKey: true }), 'screen')).toBeNull();
  });

  it('ignores shortcuts with Alt, Ctrl or Meta, and Shift+digit', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(moveTargetForKey(key('ArrowRight', { shiftKey: true, [mod]: true }), 'applied'), mod).toBeNull();
      expect(moveTargetForKey(key('2', { [mod]: true }), 'applied'), mod).toBeNull();
    }
    expect(moveTargetForKey(key('2', { shiftKey: true }), 'applied')).toBeNull();
  });
});
