// Checks the notes API's CORS policy in a real browser (headless Debian Chromium, driven by
// Playwright): from the allowed web origin a credentialed write succeeds; from another origin, and
// with credentials to a route whose policy has none, the browser blocks the answer.
// Environment: API (the API's base URL), ALLOWED_PAGE and OTHER_PAGE (pages on two origins), TOKEN
// (a bearer token with scope notes:write), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';

const { API, ALLOWED_PAGE, OTHER_PAGE, TOKEN } = process.env;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

async function attempt(page, url, init) {
  return page.evaluate(async ({ url, init }) => {
    try {
      const response = await fetch(url, init);
      return { blocked: false, status: response.status, location: response.headers.get('Location'), body: await response.text() };
    } catch (error) {
      return { blocked: true, error: String(error) };
    }
  }, { url, init });
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const results = {};
try {
  const allowed = await browser.newPage();
  await allowed.goto(ALLOWED_PAGE);
  results.credentialedFromAllowedOrigin = await attempt(allowed, `${API}/notes`, {
    method: 'POST', credentials: 'include',
    headers: { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: 'written from a browser' }),
  });
  results.plainFromAllowedOrigin = await attempt(allowed, `${API}/notes`, { credentials: 'omit' });
  results.credentialedToWildcardRoute = await attempt(allowed, `${API}/health`, { credentials: 'include' });
  results.plainToWildcardRoute = await attempt(allowed, `${API}/health`, { credentials: 'omit' });

  const other = await browser.newPage();
  await other.goto(OTHER_PAGE);
  results.plainFromOtherOrigin = await attempt(other, `${API}/notes`, { credentials: 'omit' });
  results.credentialedFromOtherOrigin = await attempt(other, `${API}/notes`, {
    method: 'POST', credentials: 'include',
    headers: { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: 'must not be written' }),
  });
} finally {
  await browser.close();
}

const expectations = {
  credentialedFromAllowedOrigin: r => !r.blocked && r.status === 201 && r.location !== null,
  plainFromAllowedOrigin: r => !r.blocked && r.status === 200,
  credentialedToWildcardRoute: r => r.blocked,
  plainToWildcardRoute: r => !r.blocked && r.status === 200 && r.body === 'ok',
  plainFromOtherOrigin: r => r.blocked,
  credentialedFromOtherOrigin: r => r.blocked,
};
let failed = false;
for (const [name, expected] of Object.entries(expectations)) {
  const ok = expected(results[name]);
  failed ||= !ok;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${JSON.stringify(results[name])}`);
}
process.exit(failed ? 1 : 0);
