// Playwright global setup: bundles the editor fixture pages, and makes sure Request Tracker
// answers on 127.0.0.1:8088 for tests/e2e/request-tracker.spec.ts: started here (and stopped
// after the run) unless it already runs (`bash .ci/run` starts it before `npm test`). RT must be
// installed (README: what you need); without it the run fails with the way to install it.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../support/chromium';
import { bundleEditorFixtures } from './editors/bundle';

const SCRIPT = resolve(REPO_ROOT, 'tests/support/request-tracker.sh');

async function answers(): Promise<boolean> {
  try {
    return (await fetch('http://127.0.0.1:8088/NoAuth/Login.html')).ok;
  } catch {
    return false;
  }
}

export default async function globalSetup(): Promise<(() => void) | undefined> {
  await bundleEditorFixtures();
  if (await answers()) return undefined;
  try {
    execFileSync('bash', [SCRIPT, 'start'], { stdio: 'inherit' });
  } catch {
    throw new Error(
      'Request Tracker could not be started for the e2e suite. Install it once with ' +
        '`sudo bash tests/support/request-tracker.sh install` (or run `bash .ci/run`), then retry.',
    );
  }
  return () => {
    execFileSync('bash', [SCRIPT, 'stop'], { stdio: 'inherit' });
  };
}
