// The background's answer to every request: one exhaustive switch over the protocol.
import type { Lang } from '@/rules';
import type { Catalog } from '@/utils/i18n';
import { assertNever, type Request, type Responses } from '@/utils/messages';
import type { JournalService } from '@/utils/journal/background-service';
import { handlePackRequest } from '@/utils/packs/protocol';
import type { PackWriter } from '@/utils/packs/writer';
import type { SettingsWriter } from '@/utils/settings';
import type { PlacementWriter } from '@/utils/sidebar/placement';
import type { SelfHostedSite } from '@/utils/self-hosted';
import type { RequestOrigin } from '@/utils/switches/protocol';
import { handleSwitchRequest, type SwitchService } from '@/utils/switches/service';

export interface RouterDeps {
  settings: SettingsWriter;
  /** Per-site placement of the sidebar; absent where a test needs none. */
  placements?: PlacementWriter;
  openOptions(): Promise<void>;
  /** Off everywhere / in a tab; absent where a test needs none. */
  switches?: SwitchService;
  openJournal(): Promise<void>;
  /** The quick log's own window (one at a time). */
  openQuickLog(): Promise<void>;
  /** Runs engine.js in the isolated world of the frame that asked (utils/sidebar/engine-loader.ts). */
  injectEngine(from: RequestOrigin): Promise<void>;
  /** Opens the browser's side panel for the asking tab; absent where a test needs none. */
  openSidePanel?(from: RequestOrigin): Promise<void>;
  /** A locale's messages.json, read from the extension's files. */
  loadCatalog(lang: Lang): Promise<Catalog>;
  journal: Pick<JournalService, 'quickLog'>;
  /** The popup's "Check replies on this site" (site-access.ts); absent where a test needs none. */
  checkSite?(site: SelfHostedSite): Promise<void>;
  packs: PackWriter;
}

/**
 * What a content script may ask for: what the sidebar's own controls do. Everything else
 * (the journal's entries, installing packs, the language, the notes setting) comes only from
 * Klartext's extension pages, so even a content script that a page managed to subvert could not
 * write an entry or change a setting the sidebar has no control for.
 */
const CONTENT_SCRIPT_KINDS: ReadonlySet<Request['kind']> = new Set<Request['kind']>([
  'set-collapsed',
  'set-placement',
  'set-site-enabled',
  'set-enabled-everywhere',
  'set-tab-enabled',
  'get-tab-state',
  'open-journal',
  'open-quick-log',
  'ui-catalog',
  'load-engine',
  'open-side-panel',
  'set-rule-adjustment',
  'set-allowlist-entry',
]);

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export async function handleRequest<R extends Request>(
  request: R,
  deps: RouterDeps,
  from: RequestOrigin = {},
): Promise<Responses[R['kind']]> {
  try {
    const req: Request = request;
    if (from.extensionPage === false && !CONTENT_SCRIPT_KINDS.has(req.kind)) {
      return {
        ok: false,
        error: `"${req.kind}" is only accepted from Klartext's own pages`,
      } as Responses[R['kind']];
    }
    switch (req.kind) {
      case 'set-enabled-everywhere':
      case 'set-tab-enabled':
      case 'get-tab-state':
        if (!deps.switches) return { ok: false, error: 'switches unavailable' };
        return (await handleSwitchRequest(req, deps.switches, from)) as Responses[R['kind']];
      case 'set-collapsed':
        await deps.settings.setCollapsed(req.collapsed);
        break;
      case 'set-placement':
        // A content script places the sidebar of its own site only.
        if (from.url !== undefined && hostOf(from.url) !== req.host) {
          return { ok: false, error: "not the sender's site" };
        }
        if (!deps.placements) return { ok: false, error: 'placements unavailable' };
        await deps.placements.setPlacement(req.host, req.placement);
        break;
      case 'set-site-enabled':
        await deps.settings.setHostEnabled(req.host, req.enabled);
        break;
      case 'check-site':
        if (!deps.checkSite) return { ok: false, error: 'site access unavailable' };
        await deps.checkSite(req.site);
        break;
      case 'set-ui-language':
        await deps.settings.setUiLanguage(req.uiLanguage);
        break;
      case 'set-check-internal-notes':
        await deps.settings.setCheckInternalNotes(req.check);
        break;
      case 'set-agent-name':
        await deps.settings.setAgentName(req.name);
        break;
      case 'open-options':
        await deps.openOptions();
        break;
      case 'open-journal':
        await deps.openJournal();
        break;
      case 'open-quick-log':
        await deps.openQuickLog();
        break;
      case 'ui-catalog':
        return { ok: true, catalog: await deps.loadCatalog(req.lang) } as Responses[R['kind']];
      case 'load-engine':
        await deps.injectEngine(from);
        break;
      case 'open-side-panel':
        // Called before anything is awaited: the agent's gesture lasts only this task.
        if (!deps.openSidePanel) return { ok: false, error: 'side panel unavailable' };
        await deps.openSidePanel(from);
        break;
      case 'journal-quick-log':
        return (await deps.journal.quickLog(req.entry)) as Responses[R['kind']];
      case 'install-pack':
      case 'remove-pack':
      case 'set-rule-adjustment':
      case 'set-allowlist-entry':
        await handlePackRequest(req, deps.packs);
        break;
      default:
        return assertNever(req);
    }
    return { ok: true } as Responses[R['kind']];
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
