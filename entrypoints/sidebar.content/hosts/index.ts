// Picks the adapter for the current site. Tools whose markup needs more than the generic
// rules (e.g. their own customer-message selector) get a file here and an entry below.
import { genericAdapter } from './generic';
import type { HostAdapter } from './types';

const BY_HOST: readonly { test: RegExp; adapter: HostAdapter }[] = [];

export function adapterFor(hostname: string): HostAdapter {
  return BY_HOST.find(({ test }) => test.test(hostname))?.adapter ?? genericAdapter;
}

export type { HostAdapter } from './types';
