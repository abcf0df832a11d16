import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A React root in a fresh container for each test of the file (happy-dom), unmounted after it. */
export function mountPerTest(): { container: HTMLElement; root: Root; remount(): void } {
  const view = {
    container: undefined as unknown as HTMLElement,
    root: undefined as unknown as Root,
    /** Unmounts what is rendered (its effects clean up) and starts an empty root in the same container. */
    remount() {
      act(() => view.root.unmount());
      view.root = createRoot(view.container);
    },
  };
  beforeEach(() => {
    view.container = document.createElement('div');
    document.body.append(view.container);
    view.root = createRoot(view.container);
  });
  afterEach(() => {
    act(() => view.root.unmount());
    view.container.remove();
  });
  return view;
}

/** Lets effects, live queries and fake browser calls finish. */
export const settle = (ms = 10) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));
