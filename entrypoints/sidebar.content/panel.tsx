// Mounts the panel in the <klartext-sidebar> host element with an open shadow root (the
// test-tool contract in README.md). The styles go into the shadow root as text, so the page's
// CSS cannot reach the panel and the panel's CSS cannot reach the page. Only the agent's own
// clicks and keys reach its controls (trusted-events.ts), and a page that takes the host element
// out of the document (a rebuilt body, or a script that wants the sidebar gone) gets it back.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import sidebarCss from '@/components/sidebar.css?inline';
import placementCss from '@/components/placement.css?inline';
import { App, type AppProps } from './App';
import type { ContentScriptContext } from './context';
import { keepAttached } from './keep-attached';
import { guardUntrustedEvents } from './trusted-events';

export const HOST_ELEMENT = 'klartext-sidebar';

export interface Panel {
  /** Puts the panel on the page (once; later calls do nothing). */
  show(): void;
  remove(): void;
}

export function createPanel(
  ctx: ContentScriptContext,
  props: AppProps,
  signal: AbortSignal,
): Panel {
  let shown = false;
  // WXT's shadow-root UI only needs the context's onInvalidated and options (context.ts).
  const ui = createShadowRootUi(ctx as unknown as WxtContext, {
    name: HOST_ELEMENT,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${sidebarCss}\n${placementCss}`,
    onMount: (container) => {
      render(<App {...props} />, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  return {
    show() {
      if (shown || signal.aborted) return;
      shown = true;
      void ui.then((created) => {
        if (signal.aborted) return;
        guardUntrustedEvents(created.shadow, signal);
        created.mount();
        keepAttached(created.shadowHost, document, signal);
      });
    },
    remove() {
      void ui.then((created) => created.remove());
    },
  };
}
