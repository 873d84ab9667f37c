// Asks the browser to keep the journal's storage under storage pressure. Extension storage is
// rarely evicted, but a private journal should not depend on "rarely".

export type PersistState = 'persisted' | 'granted' | 'denied' | 'unsupported';

interface StorageLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export async function requestPersistentStorage(
  storage: StorageLike | undefined = globalThis.navigator?.storage,
): Promise<PersistState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
