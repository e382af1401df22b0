// Runs in the page before any of the app's scripts (Playwright addInitScript; serialized, so it must be
// self-contained). Collects what the benchmark reads back with page.evaluate(() => window.__bench):
//  - Event Timing entries (keyboard latency) and the DOM size at the moment the board marks its paint;
//  - timestamps around the candidate list request (fetch called, response headers, body parsed as JSON);
//  - React commits, through the same global hook React DevTools uses: production React reports every
//    commit to it, so renders are counted without a line of instrumentation in the app's bundle.
export function installProbe() {
  const bench = {
    events: [],
    marks: {},
    domAtPaint: null,
    listFetch: null,
    renders: { counting: false, commits: 0, total: 0, byName: {} },
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // Event Timing unsupported: keystroke latency stays empty.
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.marks[e.name] = e.startTime;
      if (e.name === 'board:data-painted' && bench.domAtPaint === null) bench.domAtPaint = document.getElementsByTagName('*').length;
    }
  }).observe({ type: 'mark', buffered: true });

  // The board's list: GET …/candidates (not …/candidates/:id).
  const isList = (input) => {
    try {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      return /\/candidates\/?$/.test(url.pathname);
    } catch {
      return false;
    }
  };
  const originalFetch = window.fetch;
  window.fetch = function benchFetch(input, init) {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (method !== 'GET' || !isList(input) || bench.listFetch) return originalFetch.call(this, input, init);
    const record = { start: performance.now(), headers: null, json: null, bytes: null };
    bench.listFetch = record;
    return originalFetch.call(this, input, init).then((response) => {
      record.headers = performance.now();
      const json = response.json.bind(response);
      response.json = () =>
        json().then((body) => {
          record.json = performance.now();
          return body;
        });
      record.bytes = Number(response.headers.get('content-length')) || null;
      return response;
    });
  };

  // React DevTools' global hook: React calls onCommitFiberRoot after every commit, in production too.
  const PERFORMED_WORK = 1;
  // FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent (a MemoComponent's inner
  // component is its own fiber, counted there).
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const nameOf = (fiber) => {
    const type = fiber.tag === 11 ? fiber.type?.render : fiber.type;
    return fiber.type?.displayName || type?.displayName || type?.name || 'Anonymous';
  };
  const countFiber = (fiber, previous) => {
    if (!COMPONENT_TAGS.has(fiber.tag)) return;
    if (previous !== null && (fiber.flags & PERFORMED_WORK) === 0) return;
    const name = nameOf(fiber);
    bench.renders.total += 1;
    bench.renders.byName[name] = (bench.renders.byName[name] ?? 0) + 1;
  };
  // Like DevTools: a subtree whose child list is the very same object as before was not visited.
  const walk = (root, rootPrevious) => {
    const stack = [[root, rootPrevious]];
    while (stack.length > 0) {
      const [fiber, previous] = stack.pop();
      countFiber(fiber, previous);
      if (previous !== null && fiber.child === previous.child) continue;
      for (let child = fiber.child; child !== null; child = child.sibling) {
        stack.push([child, previous === null ? null : child.alternate]);
      }
    }
  };
  let nextRendererId = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(internals) {
      const id = nextRendererId++;
      this.renderers.set(id, internals);
      return id;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!bench.renders.counting) return;
      bench.renders.commits += 1;
      const current = root.current;
      walk(current, current.alternate);
    },
  };

  /**
   * Starts watching for the card of `candidateId` to be painted inside `region`, measured from the
   * last keydown's timestamp: a MutationObserver sees it enter the DOM, the frame after that is painted,
   * and a message posted from requestAnimationFrame runs once that frame is out. Returns at once (the
   * caller presses the key only after this, so the observer cannot miss the card);
   * `window.__bench.move` then resolves with the timings.
   */
  bench.watchMove = (region, candidateId) => {
    bench.move = new Promise((resolve, reject) => {
      // The last keydown before the card appears: Shift+ArrowRight is two keydowns, Shift's first.
      let keydownAt = null;
      const onKeyDown = (event) => {
        keydownAt = event.timeStamp;
      };
      window.addEventListener('keydown', onKeyDown, { capture: true });
      const selector = `[data-candidate-id="${CSS.escape(candidateId)}"]`;
      const timeout = setTimeout(() => {
        observer.disconnect();
        window.removeEventListener('keydown', onKeyDown, { capture: true });
        reject(new Error(`card ${candidateId} did not appear in the target column`));
      }, 10_000);
      const observer = new MutationObserver(() => {
        if (!region.querySelector(selector)) return;
        observer.disconnect();
        window.removeEventListener('keydown', onKeyDown, { capture: true });
        const insertedAt = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            clearTimeout(timeout);
            const paintedAt = performance.now();
            resolve({ keydownAt, insertedAt, paintedAt, latency: keydownAt === null ? null : paintedAt - keydownAt });
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(region, { childList: true, subtree: true });
    });
    bench.move.catch(() => undefined); // read (and rethrown) by the caller's evaluate
    return Boolean(region.querySelector(`[data-candidate-id="${CSS.escape(candidateId)}"]`));
  };
}
