// One search on a built site in headless Chromium (/usr/bin/chromium, driven by playwright-core): requests, bytes and time
// until the results are shown. usage: node measure.js URL [rttMs downKbps]   (npm ci first, in this folder)
// Every step has a deadline and the browser is closed whatever happens; on a step that times out it prints what it was
// doing and exits 1.
const { chromium } = require('playwright-core');

const url = process.argv[2];
const rtt = +(process.argv[3] || 0), down = +(process.argv[4] || 0);
if (!url) { console.error('usage: node measure.js URL [rttMs downKbps]'); process.exit(2); }
const STEP = 30_000, SEARCH = 120_000;

/** The promise, or an error naming the step when it takes longer than ms. */
function deadline(step, ms, promise) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${step}: no answer in ${ms / 1000} s`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, timeout: STEP,
    args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await deadline('new context', STEP, browser.newContext());
    const page = await deadline('new page', STEP, context.newPage());
    page.setDefaultTimeout(STEP);
    // The DevTools protocol for what Playwright does not expose: the bytes on the wire (encodedDataLength), no cache, and
    // a throttled network.
    const cdp = await deadline('DevTools session', STEP, context.newCDPSession(page));
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', e => requests.set(e.requestId, { url: e.request.url, bytes: 0 }));
    cdp.on('Network.loadingFinished', e => { if (requests.has(e.requestId)) requests.get(e.requestId).bytes = e.encodedDataLength; });
    await deadline('Network.enable', STEP, cdp.send('Network.enable'));
    await deadline('Network.setCacheDisabled', STEP, cdp.send('Network.setCacheDisabled', { cacheDisabled: true }));
    if (rtt || down) await deadline('Network.emulateNetworkConditions', STEP, cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: rtt, downloadThroughput: down * 1024 / 8, uploadThroughput: 750 * 1024 / 8 }));
    // Pagefind 1.5 and later fetch the index from a Web Worker, whose requests the page's DevTools session does not see:
    // Playwright's context does (bytes: headers and encoded body as received; note that the worker's requests are not
    // throttled by the emulated network above, so with rtt/down the time is a little short).
    const fromContext = [];
    context.on('requestfinished', r => fromContext.push(r.sizes()
      .then(s => ({ url: r.url(), bytes: s.responseHeadersSize + s.responseBodySize }), () => ({ url: r.url(), bytes: 0 }))));
    const start = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: SEARCH });
    // The search page announces its count ("20 results", "20 resultados") once the results are shown.
    let status;
    try {
      const shown = await page.waitForFunction(() => {
        const text = (document.getElementById('sm-search-status') || {}).textContent || '';
        return /result|resultado/i.test(text) && !/Searching/.test(text) ? text : null;
      }, null, { timeout: SEARCH, polling: 20 });
      status = await shown.jsonValue();
    } catch (e) {
      status = 'TIMEOUT ' + await page.evaluate(() => (document.getElementById('sm-search-status') || {}).textContent || '').catch(() => '');
    }
    const ms = Date.now() - start;
    await page.waitForTimeout(300);
    const all = [...requests.values()];
    const seen = new Set(all.map(r => r.url));
    for (const r of await Promise.all(fromContext)) if (!seen.has(r.url)) all.push(r);
    const pf = all.filter(r => r.url.includes('/pagefind/'));
    const kinds = {};
    for (const r of pf) {
      const k = r.url.includes('pf_index') ? 'index' : r.url.includes('pf_fragment') ? 'fragment' : r.url.includes('pf_meta') ? 'meta'
        : r.url.includes('entry.json') ? 'entry' : r.url.includes('wasm') ? 'wasm' : 'other';
      kinds[k] = kinds[k] || [0, 0]; kinds[k][0]++; kinds[k][1] += r.bytes;
    }
    console.log(JSON.stringify({ url, rtt, down, ms, status, requests: all.length, bytes: all.reduce((a, r) => a + r.bytes, 0),
      pagefindRequests: pf.length, pagefindBytes: pf.reduce((a, r) => a + r.bytes, 0), kinds }));
    if (status.startsWith('TIMEOUT')) process.exitCode = 1;
  } finally {
    await deadline('closing the browser', STEP, browser.close()).catch(e => console.error(e.message));
  }
})().catch(e => { console.error(e.message || e); process.exit(1); });
