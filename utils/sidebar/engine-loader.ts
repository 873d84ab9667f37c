// The rule engine reaches the sidebar only once a page has a reply box. The content script that
// runs on every page of a ticketing tool stays small (lists, dashboards and searches never need
// the engine), and the engine, about half of the sidebar's code, is injected when the sidebar
// first has a draft to check: the background runs entrypoints/engine.ts in the content script's
// own isolated world (scripting.executeScript), where it leaves its API on the world's global
// object. The page's scripts live in another world and never see it.
import type * as Rules from '@/rules';

/** What the sidebar uses of the engine (rules/index.ts). */
export type EngineApi = Pick<typeof Rules, 'check' | 'createChecker' | 'RULES'>;

/**
 * The background's answer when it cannot load the engine because the browser withholds
 * Klartext's access to the page's site (taken back while the page was open); the sidebar
 * words it for the agent.
 */
export const NO_SITE_ACCESS = 'no-site-access';

/** The isolated world's global that the injected engine sets. */
export const ENGINE_GLOBAL = '__klartextEngine';

type EngineGlobal = { [ENGINE_GLOBAL]?: EngineApi };

export function installedEngine(scope: object = globalThis): EngineApi | undefined {
  return (scope as EngineGlobal)[ENGINE_GLOBAL];
}

export function installEngine(api: EngineApi, scope: object = globalThis): void {
  (scope as EngineGlobal)[ENGINE_GLOBAL] = api;
}

export interface EngineLoader {
  /** The engine, injected on the first call (later calls share it). */
  load(): Promise<EngineApi>;
  /** The engine if it is here already. */
  loaded(): EngineApi | undefined;
}

/**
 * `inject` asks the background to inject the engine into this frame. A failed injection (the
 * extension was reloaded, the background restarted mid-way) may be tried again by the next
 * load(); it never leaves a rejected promise cached.
 */
export function createEngineLoader(
  inject: () => Promise<{ ok: true } | { ok: false; error: string }>,
  scope: object = globalThis,
): EngineLoader {
  let pending: Promise<EngineApi> | undefined;
  return {
    loaded: () => installedEngine(scope),
    load() {
      const ready = installedEngine(scope);
      if (ready) return Promise.resolve(ready);
      pending ??= inject().then(
        (answer) => {
          const api = installedEngine(scope);
          if (api) return api;
          pending = undefined;
          throw new Error(answer.ok ? 'the engine did not start' : answer.error);
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
