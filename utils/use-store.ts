// Preact binding for utils/store.ts: re-renders the caller when the store changes.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Store } from './store';

export function useStore<T extends object>(store: Store<T>): T {
  const state = store.get();
  const [, setSeen] = useState(state);
  useLayoutEffect(() => {
    const update = () => setSeen(store.get());
    // A change between this render and the subscription would otherwise go unseen.
    if (store.get() !== state) update();
    return store.subscribe(update);
    // Subscribing once per store is enough; `state` is only read for that first check.
  }, [store]);
  return state;
}
