// React's view of the store and the controller: selectors for what re-renders, LiveText
// for counters that change several times a second (written into the DOM by a store
// subscription, without a React render).
import { createContext, useContext, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Playground } from './controller.ts';
import type { PlaygroundState } from './state/store.ts';

export const PlaygroundContext = createContext<Playground | null>(null);

export function usePlayground(): Playground {
  const p = useContext(PlaygroundContext);
  if (!p) throw new Error('usePlayground outside <PlaygroundContext>');
  return p;
}

/** Re-render when the selected slice changes (Object.is); select primitives or stable objects. */
export function useSel<T>(selector: (s: PlaygroundState) => T): T {
  return useStore(usePlayground().store, selector);
}

/** A span whose text follows the store without re-rendering anything. */
export function LiveText({ select, className, label }: { select: (s: PlaygroundState) => string; className?: string; label?: string }) {
  const store = usePlayground().store;
  const ref = useRef<HTMLSpanElement>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  useEffect(() => {
    const update = (s: PlaygroundState) => {
      const t = selectRef.current(s);
      if (ref.current && ref.current.textContent !== t) ref.current.textContent = t;
    };
    update(store.getState());
    return store.subscribe(update);
  }, [store]);
  return <span ref={ref} className={className} aria-label={label} />;
}
