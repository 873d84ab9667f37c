// Sends the sidebar's "off in this tab / everywhere" choices to the background.
import { browser } from 'wxt/browser';
import { createBackgroundClient, type Done } from '@/utils/messages';
import type { SwitchRequest } from '@/utils/switches/protocol';

const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

export function requestSwitch(
  request: Extract<SwitchRequest, { kind: 'set-tab-enabled' | 'set-enabled-everywhere' }>,
): Promise<Done> {
  return client.request(request);
}
