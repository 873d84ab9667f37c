// Sites the agent asked Klartext to check from the toolbar popup ("Check replies on this site"),
// waiting for the browser's permission. The popup asks for the permission in the agent's click,
// but the browser's prompt may outlive the popup (a browser may close the popup when its prompt
// opens), so the background adopts the site: once its permission is there, it is added like a
// self-hosted site (utils/self-hosted.ts: the sidebar registered for it, listed in the options
// page, removable there). Kept in storage.session, which pages and content scripts cannot
// write: a request the agent never answered is forgotten when the browser closes.
import { readSites, sitePattern, type SelfHostedSite } from './self-hosted';
import { createSerialQueue } from './serial-queue';

/** storage.session: the sites asked for whose permission has not come yet. */
export const PENDING_SITES_KEY = 'siteAccess.pending';
/** A few are plenty: an agent asks for one site at a time. */
const MAX_PENDING = 20;

export interface PendingSitesDeps {
  session: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  hasPermission(origin: string): Promise<boolean>;
  /** Registers the sidebar for a site and lists it (SelfHostedSites.add). */
  add(site: SelfHostedSite): Promise<void>;
}

export interface PendingSites {
  /** The popup asked for `site`: adopted now if its permission is there, else once it comes. */
  ask(site: SelfHostedSite): Promise<void>;
  /** A permission came (permissions.onAdded): adopts the waiting sites it covers. */
  adopt(): Promise<void>;
}

const same = (a: SelfHostedSite, b: SelfHostedSite) => a.host === b.host && a.scheme === b.scheme;

export function createPendingSites(deps: PendingSitesDeps): PendingSites {
  // The popup's request and the browser's onAdded race (a prompt answered at once may grant
  // before the request arrives): both run here one after the other, and either adopts.
  const enqueue = createSerialQueue();
  const read = async () =>
    readSites((await deps.session.get([PENDING_SITES_KEY]))[PENDING_SITES_KEY]);
  const adopt = () =>
    enqueue(async () => {
      const waiting: SelfHostedSite[] = [];
      for (const site of await read()) {
        const granted = await deps.hasPermission(sitePattern(site)).catch(() => false);
        // A registration that failed is tried again with the next permission that comes.
        const added =
          granted &&
          (await deps.add(site).then(
            () => true,
            () => false,
          ));
        if (!added) waiting.push(site);
      }
      await deps.session.set({ [PENDING_SITES_KEY]: waiting });
    });
  return {
    async ask(site) {
      await enqueue(async () => {
        const others = (await read()).filter((other) => !same(other, site));
        await deps.session.set({ [PENDING_SITES_KEY]: [...others, site].slice(-MAX_PENDING) });
      });
      await adopt();
    },
    adopt,
  };
}
