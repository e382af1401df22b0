import type * as DragAndDrop from '@atlaskit/pragmatic-drag-and-drop/element/adapter';

type Adapter = typeof DragAndDrop;

let adapter: Promise<Adapter> | null = null;

/** Drag and drop loads in its own chunk, requested as the board mounts: it is off the first paint's path. */
export function loadDragAndDrop(): Promise<Adapter> {
  adapter ??= import('@atlaskit/pragmatic-drag-and-drop/element/adapter').catch((error: unknown) => {
    adapter = null; // let a later mount try again
    throw error;
  });
  return adapter;
}

/**
 * Registers draggables, drop targets or monitors once the adapter has loaded, from a React effect:
 * returns a cleanup that works whether or not the registration has happened yet.
 */
export function withDragAndDrop(register: (dnd: Adapter) => () => void): () => void {
  let cleanup: (() => void) | null = null;
  let cancelled = false;
  loadDragAndDrop().then(
    (dnd) => {
      if (!cancelled) cleanup = register(dnd);
    },
    () => undefined, // chunk failed to load: keyboard and the "Move to…" menu still move candidates
  );
  return () => {
    cancelled = true;
    cleanup?.();
  };
}
