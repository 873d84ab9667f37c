// Preact binding for utils/store.ts: re-renders the caller when the store changes.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Store } from './store';

export function useStore<T extends object>(store: Store<T>): T {
  const [, setVersion] = useState(0);
  useLayoutEffect(() => store.subscribe(() => setVersion((version) => version + 1)), [store]);
  return store.get();
}
