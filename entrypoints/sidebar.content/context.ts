// The content script's lifetime, without a channel the page can see or use.
//
// WXT's own ContentScriptContext announces every start to the page: it dispatches a document
// event and posts a window message named `<extension-id>:sidebar:wxt:content-script-started`
// (so any page learns that Klartext is installed, and its id), and it stops itself when such an
// event arrives (so any page could remove the sidebar by dispatching one). WXT uses that to stop
// an orphaned script after an extension update; here the orphan notices on its own that its
// extension is gone (`browser.runtime.id` is undefined then) and stops within a few seconds.
//
// wxt.config.ts points `wxt/utils/content-script-context` here, so WXT's content script
// wrapper creates this class instead; it has only the part of WXT's API that the sidebar and
// WXT's shadow-root UI use (options, signal, onInvalidated, the timers below).
import { browser } from 'wxt/browser';

/** How often an orphaned script looks whether its extension is still there. */
const ORPHAN_CHECK_MS = 2_000;

export interface ContentScriptOptions {
  cssInjectionMode?: 'manifest' | 'manual' | 'ui';
}

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: ContentScriptOptions,
  ) {
    const timer = setInterval(() => void this.isInvalid, ORPHAN_CHECK_MS);
    this.onInvalidated(() => clearInterval(timer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the script was stopped or its extension was updated or removed. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && extensionGone()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback, { once: true });
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }
}

function extensionGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}
