// One search on a built site in headless Chromium (CDP over --remote-debugging-pipe): requests, bytes and time until
// the results are shown. usage: node measure.js URL [rttMs downKbps]
const { spawn } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');
const url = process.argv[2];
const rtt = +(process.argv[3] || 0), down = +(process.argv[4] || 0);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'buckets-chrome-'));
const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--remote-debugging-pipe', '--disable-gpu',
  `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const out = chrome.stdio[3], inp = chrome.stdio[4];
let id = 0, buf = '';
const pending = new Map(), listeners = [];
function send(method, params = {}, sessionId) {
  const msg = { id: ++id, method, params }; if (sessionId) msg.sessionId = sessionId;
  out.write(JSON.stringify(msg) + '\0');
  return new Promise((res, rej) => pending.set(msg.id, { res, rej }));
}
inp.on('data', d => {
  buf += d.toString();
  let i;
  while ((i = buf.indexOf('\0')) >= 0) {
    const m = JSON.parse(buf.slice(0, i)); buf = buf.slice(i + 1);
    if (m.id && pending.has(m.id)) { const p = pending.get(m.id); pending.delete(m.id); m.error ? p.rej(new Error(JSON.stringify(m.error))) : p.res(m.result); }
    else listeners.forEach(l => l(m));
  }
});
(async () => {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId: s } = await send('Target.attachToTarget', { targetId, flatten: true });
  const requests = new Map();
  listeners.push(m => {
    if (m.sessionId !== s) return;
    if (m.method === 'Network.requestWillBeSent') requests.set(m.params.requestId, { url: m.params.request.url, bytes: 0 });
    if (m.method === 'Network.loadingFinished' && requests.has(m.params.requestId)) requests.get(m.params.requestId).bytes = m.params.encodedDataLength;
  });
  await send('Network.enable', {}, s);
  await send('Page.enable', {}, s);
  await send('Network.setCacheDisabled', { cacheDisabled: true }, s);
  if (rtt || down) await send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: down * 1024 / 8, uploadThroughput: 750 * 1024 / 8 }, s);
  const start = Date.now();
  await send('Page.navigate', { url }, s);
  let status = '';
  for (;;) {
    const r = await send('Runtime.evaluate', { expression: "(document.getElementById('sm-search-status')||{}).textContent||''", returnByValue: true }, s);
    status = r.result.value;
    if (/result|resultado/i.test(status) && !/Searching/.test(status)) break;
    if (Date.now() - start > 120000) { status = 'TIMEOUT ' + status; break; }
    await new Promise(r => setTimeout(r, 20));
  }
  const ms = Date.now() - start;
  await new Promise(r => setTimeout(r, 300));
  const all = [...requests.values()];
  const pf = all.filter(r => r.url.includes('/pagefind/'));
  const kinds = {};
  for (const r of pf) { const k = r.url.includes('pf_index') ? 'index' : r.url.includes('pf_fragment') ? 'fragment' : r.url.includes('pf_meta') ? 'meta' : r.url.includes('entry.json') ? 'entry' : r.url.includes('wasm') ? 'wasm' : 'other'; kinds[k] = kinds[k] || [0, 0]; kinds[k][0]++; kinds[k][1] += r.bytes; }
  console.log(JSON.stringify({ url, rtt, down, ms, status, requests: all.length, bytes: all.reduce((a, r) => a + r.bytes, 0), pagefindRequests: pf.length, pagefindBytes: pf.reduce((a, r) => a + r.bytes, 0), kinds }));
  chrome.on('exit', () => fs.rmSync(profile, { recursive: true, force: true }));
  chrome.kill();
})().catch(e => { console.error(e); chrome.kill(); process.exit(1); });
