// Mounts the panel in the <klartext-sidebar> host element with an open shadow root (the
// test-tool contract in README.md). The styles go into the shadow root as text, so the page's
// CSS cannot reach the panel and the panel's CSS cannot reach the page.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import sidebarCss from '@/components/sidebar.css?inline';
import { App, type AppProps } from './App';

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
  const ui = createShadowRootUi(ctx, {
    name: HOST_ELEMENT,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss,
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
        if (!signal.aborted) created.mount();
      });
    },
    remove() {
      void ui.then((created) => created.remove());
    },
  };
}
