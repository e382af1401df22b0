/**
 * The in-memory store answers within microtasks, so two "parallel" requests would never interleave: the
 * first would run to its end before the second took a step. This wrapper gives every store call a little
 * latency (one turn of the event loop), as a real database has, while `latency.on`: then parallel
 * requests really interleave, and a race in the core or the store shows up as a broken invariant.
 */
import type { Store, UnitOfWork } from '../../server/core';

export interface Latency {
  on: boolean;
}

export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function slow<T extends object>(target: T, latency: Latency): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      // emit is synchronous by contract; objects (sessions, events, accounts) are not on the write path.
      if (typeof value !== 'function' || property === 'emit') return value;
      const call = value as (...args: unknown[]) => unknown;
      const unitOfWork = property === 'transaction' || property === 'once';
      return async (...args: unknown[]) => {
        if (latency.on) await tick();
        if (unitOfWork) {
          const work = args.pop() as (tx: UnitOfWork) => Promise<unknown>;
          args.push((tx: UnitOfWork) => work(slow(tx, latency)));
        }
        return call.apply(object, args);
      };
    },
  });
}

/** `store`, with a turn of the event loop before each call whenever `latency.on`. */
export function withLatency(store: Store, latency: Latency): Store {
  return slow(store, latency);
}
