// The background's answer to every request: one exhaustive switch over the protocol.
import { assertNever, type Request, type Responses } from '@/utils/messages';
import type { SettingsWriter } from '@/utils/settings';

export interface RouterDeps {
  settings: SettingsWriter;
  openOptions(): Promise<void>;
}

export async function handleRequest<R extends Request>(
  request: R,
  deps: RouterDeps,
): Promise<Responses[R['kind']]> {
  try {
    const req: Request = request;
    switch (req.kind) {
      case 'set-collapsed':
        await deps.settings.setCollapsed(req.collapsed);
        break;
      case 'set-site-enabled':
        await deps.settings.setHostEnabled(req.host, req.enabled);
        break;
      case 'set-ui-language':
        await deps.settings.setUiLanguage(req.uiLanguage);
        break;
      case 'open-options':
        await deps.openOptions();
        break;
      default:
        return assertNever(req);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
