import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shortcutLabel } from '../../../src/components/ShortcutsDialog';
import { type KeyPress, keyboardOwner, listShortcuts, resolveShortcut, type Shortcut, useShortcuts } from '../../../src/lib/keyboard';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function press(key: string, init: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, target: document.body, ...init };
}

describe('keyboardOwner: is the person typing, or does a menu or dialog have the keyboard?', () => {
  it('text fields, selects, every input and editable text are typing', () => {
    mount('<input id="a"><input id="b" type="checkbox"><textarea id="c"></textarea><select id="d"></select><div id="e" contenteditable></div><div id="f" contenteditable="true"></div>');
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect(keyboardOwner(document.getElementById(id)), id).toBe('field');
  });

  it('buttons, links, cards and the page itself are not', () => {
    mount('<button id="a">Go</button><a id="b" href="/x">x</a><article id="c" tabindex="0"></article><div id="d" contenteditable="false"></div>');
    for (const id of ['a', 'b', 'c', 'd']) expect(keyboardOwner(document.getElementById(id)), id).toBe('page');
    expect(keyboardOwner(document.body)).toBe('page');
    expect(keyboardOwner(null)).toBe('page');
  });

  it('focus in a menu or listbox, or any dialog open, is an overlay', () => {
    mount('<div role="menu"><div id="a" role="menuitem" tabindex="-1"></div></div><ul role="listbox"><li id="b" role="option"></li></ul><button id="c">x</button>');
    expect(keyboardOwner(document.getElementById('a'))).toBe('overlay');
    expect(keyboardOwner(document.getElementById('b'))).toBe('overlay');
    expect(keyboardOwner(document.getElementById('c'))).toBe('page');
    mount('<button id="c">x</button><div role="dialog"></div>');
    expect(keyboardOwner(document.getElementById('c'))).toBe('overlay');
    mount('<button id="c">x</button><div role="alertdialog"></div>');
    expect(keyboardOwner(document.body)).toBe('overlay');
  });

  it('a field in a dialog is typing, not an overlay', () => {
    mount('<div role="dialog"><textarea id="a"></textarea></div>');
    expect(keyboardOwner(document.getElementById('a'))).toBe('field');
  });
});

describe('resolveShortcut: which shortcut a key press means', () => {
  const j: Shortcut = { key: 'j', run: () => {} };
  const question: Shortcut = { key: '?', run: () => {} };
  const slash: Shortcut = { key: '/', run: () => {} };
  const undo: Shortcut = { key: 'z', mod: true, run: () => {} };
  const all = [j, question, slash, undo];

  it('matches letters in either case, and keys Shift makes ("?")', () => {
    expect(resolveShortcut(press('j'), all)).toBe(j);
    expect(resolveShortcut(press('J', { shiftKey: true }), all)).toBe(j);
    expect(resolveShortcut(press('?', { shiftKey: true }), all)).toBe(question);
    expect(resolveShortcut(press('/'), all)).toBe(slash);
    expect(resolveShortcut(press('x'), all)).toBeNull();
    expect(resolveShortcut(press('Enter'), all)).toBeNull();
  });

  it('Ctrl or ⌘ shortcuts need the modifier, without Shift; plain keys never fire with Ctrl, ⌘ or Alt', () => {
    expect(resolveShortcut(press('z', { ctrlKey: true }), all)).toBe(undo);
    expect(resolveShortcut(press('Z', { metaKey: true }), all)).toBe(undo);
    expect(resolveShortcut(press('z'), all)).toBeNull();
    expect(resolveShortcut(press('Z', { ctrlKey: true, shiftKey: true }), all)).toBeNull();
    expect(resolveShortcut(press('z', { ctrlKey: true, altKey: true }), all)).toBeNull();
    expect(resolveShortcut(press('j', { ctrlKey: true }), all)).toBeNull();
    expect(resolveShortcut(press('j', { metaKey: true }), all)).toBeNull();
    expect(resolveShortcut(press('j', { altKey: true }), all)).toBeNull();
  });

  it('a key another handler already took is no shortcut', () => {
    expect(resolveShortcut(press('j', { defaultPrevented: true }), all)).toBeNull();
    expect(resolveShortcut(press('z', { ctrlKey: true, defaultPrevented: true }), all)).toBeNull();
  });

  it('nothing applies while typing in a field, Ctrl+Z included (the field undoes its own text)', () => {
    mount('<input id="search"><textarea id="note"></textarea>');
    for (const id of ['search', 'note']) {
      const target = document.getElementById(id);
      expect(resolveShortcut(press('j', { target }), all)).toBeNull();
      expect(resolveShortcut(press('/', { target }), all)).toBeNull();
      expect(resolveShortcut(press('z', { ctrlKey: true, target }), all)).toBeNull();
    }
  });

  it('in a menu or under a dialog, plain keys do nothing and Ctrl/⌘ shortcuts still apply', () => {
    mount('<div role="menu"><div id="item" role="menuitem" tabindex="-1"></div></div>');
    const target = document.getElementById('item');
    expect(resolveShortcut(press('j', { target }), all)).toBeNull();
    expect(resolveShortcut(press('z', { ctrlKey: true, target }), all)).toBe(undo);
    mount('<button id="b">x</button><div role="dialog"></div>');
    expect(resolveShortcut(press('?', { target: document.getElementById('b') }), all)).toBeNull();
    expect(resolveShortcut(press('z', { metaKey: true, target: document.getElementById('b') }), all)).toBe(undo);
  });

  it('the first applicable shortcut wins; one whose `when` is false, or with nothing to run, is passed over', () => {
    const screenJ: Shortcut = { key: 'j', run: () => {} };
    expect(resolveShortcut(press('j'), [screenJ, j])).toBe(screenJ);
    expect(resolveShortcut(press('j'), [{ ...screenJ, when: () => false }, j])).toBe(j);
    expect(resolveShortcut(press('j'), [{ key: 'j', description: 'documented only' }, j])).toBe(j);
    expect(resolveShortcut(press('z', { ctrlKey: true }), [{ ...undo, when: () => false }])).toBeNull();
  });

  it('labels keys as the "?" dialog shows them', () => {
    expect([j, question, undo, { key: 'Enter' }, { key: 'x', label: 'X or Y' }].map(shortcutLabel)).toEqual(['J', '?', 'Ctrl/⌘+Z', 'Enter', 'X or Y']);
  });
});

describe('useShortcuts: screens declare shortcuts, one window listener runs them', () => {
  const keydown = (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    act(() => void document.body.dispatchEvent(event));
    return event;
  };

  it('adds one listener however many components register, and removes it when the last one unmounts', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const a = renderHook(() => useShortcuts([{ key: 'a', run: () => {} }]));
    const b = renderHook(() => useShortcuts([{ key: 'b', run: () => {} }]));
    expect(add.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
    a.unmount();
    expect(remove.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(0);
    b.unmount();
    expect(remove.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
  });

  it('runs the latest handler of the most recently mounted component, and stops after unmount', () => {
    const app = vi.fn();
    const first = vi.fn();
    const second = vi.fn();
    renderHook(() => useShortcuts([{ key: 'j', run: app }]));
    const screen = renderHook(({ run }) => useShortcuts([{ key: 'j', description: 'Next', run }]), { initialProps: { run: first } });
    screen.rerender({ run: second });
    const event = keydown('j');
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
    expect(app).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
    screen.unmount();
    keydown('j');
    expect(app).toHaveBeenCalledOnce();
  });

  it('leaves keys it does not use alone', () => {
    const run = vi.fn();
    const view = renderHook(() => useShortcuts([{ key: 'j', run }]));
    const event = keydown('x');
    expect(event.defaultPrevented).toBe(false);
    expect(run).not.toHaveBeenCalled();
    view.unmount();
  });

  it('lists the described shortcuts mounted now, the most recent component first, for the "?" dialog', () => {
    const app = renderHook(() => useShortcuts([{ key: 'z', mod: true, run: () => {} }, { key: '/', description: 'Search', run: () => {} }]));
    const screen = renderHook(() =>
      useShortcuts([
        { key: 'j', description: 'Next', run: () => {} },
        { key: 'a', run: () => {} },
        { key: 'Enter', description: 'Open' },
      ]),
    );
    expect(listShortcuts().map((s) => s.description)).toEqual(['Next', 'Open', 'Search']);
    screen.unmount();
    app.unmount();
    expect(listShortcuts()).toEqual([]);
  });
});
