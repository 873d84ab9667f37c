// Playwright global setup: bundles the editor fixture pages before any test runs.
import { bundleEditorFixtures } from './bundle';

export default async function globalSetup(): Promise<void> {
  await bundleEditorFixtures();
}
