import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Lazy routes and debounced saves can take more than the default 1 s on a loaded 2-core machine.
configure({ asyncUtilTimeout: 4000 });

// Tests that run in Node (`// @vitest-environment node`, e.g. tests/model) have no DOM to stub.
const hasDom = typeof HTMLElement !== 'undefined';

if (hasDom) {
  // jsdom lays nothing out. Give elements a viewport-sized box so the virtualized columns render
  // the cards a person would see (about six per column), and stub the observers layout code expects.
  const BOX = { width: 320, height: 800 };
  for (const [property, value] of [
    ['offsetHeight', BOX.height],
    ['offsetWidth', BOX.width],
    ['clientHeight', BOX.height],
    ['clientWidth', BOX.width],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value });
  }
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return { x: 0, y: 0, top: 0, left: 0, bottom: BOX.height, right: BOX.width, ...BOX, toJSON: () => ({}) } as DOMRect;
  };
  class StubResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= StubResizeObserver as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= vi.fn();
  Element.prototype.scrollTo ??= vi.fn() as unknown as typeof Element.prototype.scrollTo;
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.releasePointerCapture ??= () => undefined;
  globalThis.requestIdleCallback ??= ((run: () => void) => setTimeout(run, 0)) as unknown as typeof requestIdleCallback;
}

afterEach(() => {
  cleanup();
  if (hasDom) localStorage.clear();
});
