import { describe, expect, it } from 'vitest';
import { hasVisibleText } from '../../../src/domain/text-safety';

describe('hasVisibleText: required text of only invisible characters is not text', () => {
  it.each([
    ['spaces, tabs, new lines, no-break and ideographic spaces', ' \t\n\u00a0\u3000\u2007\u202f'],
    ['zero-width characters and the BOM', '\u200b\u200c\u200d\u2060\ufeff'],
    ['bidi controls', '\u202a\u202e\u2066\u2069\u061c'],
    ['variation selectors, basic and supplementary', '\ufe0f\u{e0100}\u{e01ef}'],
    ['Unicode tag characters', '\u{e0001}\u{e0041}\u{e007f}'],
    ['Hangul fillers', '\u3164\uffa0\u115f\u1160'],
    ['Mongolian free variation selector and vowel separator', '\u180b\u180e'],
    ['the braille blank', '\u2800\u2800'],
    ['combining marks with nothing to combine with', '\u0301\u0308\u20dd'],
    ['a soft hyphen and the combining grapheme joiner', '\u00ad\u034f'],
  ])('refuses %s', (_what, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each([
    ['a word', 'Ada'],
    ['a digit', '7'],
    ['punctuation', '?'],
    ['a letter with a combining accent', 'e\u0301'],
    ['an emoji with a variation selector', '\u2764\ufe0f'],
    ['Hangul', '한'],
    ['a letter outside the BMP', '𝒜'],
    ['text surrounded by invisible characters', '\u200b x \u200b'],
  ])('accepts %s', (_what, text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});
