// The rule engine as a script of its own (engine.js), injected by the background into the
// sidebar's isolated world when a page first has a reply box (utils/engine-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { check, createChecker, RULES } from '@/rules';
import { installEngine } from '@/utils/engine-loader';

export default defineUnlistedScript(() => {
  installEngine({ check, createChecker, RULES });
});
