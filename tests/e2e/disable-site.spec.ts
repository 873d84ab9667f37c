// (e) "Disable on this site" removes the sidebar, and it stays away after a reload,
// while other sites keep it.
import { EN_PROBLEM_DRAFT } from '../support/drafts';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

test('disable on this site: the sidebar goes and stays gone after reload; other sites keep it', async ({
  context,
  page,
  server,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const kt = sidebar(page);
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding().first()).toBeVisible();

  await kt.action('disable-site').click();
  await expect(kt.panel).toBeHidden();
  await expect(kt.finding()).toHaveCount(0);

  await page.reload();
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);

  // The same ticket on another site (localhost instead of 127.0.0.1) still gets the sidebar,
  // which also shows the extension is running while we look at the disabled site.
  const other = await context.newPage();
  const otherUrl = demoUrl({ lang: 'en', editor: 'plain' }).replace(
    server.origin,
    server.localhostOrigin,
  );
  await other.goto(otherUrl);
  await other.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(sidebar(other).finding().first()).toBeVisible();

  await expect(kt.panel).toBeHidden();
  await expect(kt.finding()).toHaveCount(0);
});
