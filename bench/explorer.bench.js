// Explorer benchmark: in headless Chromium, how long the entity page of the most connected actor
// takes to become interactive (cold page load: HTML, script, API call, DOM built, one frame
// painted), p50/p95 over rounds; then its graph view at one and two hops and the frame interval
// while the camera moves. The API call alone is timed in the same process, so the figures read as
// ratios on any machine. The database comes from BENCH_DB (e.g. the AllSides corpus ingested with
// `node bin/dossier.js ingest ../shared/data/allsides-news/articles_2015-2020.jsonl --db /tmp/allsides-ex.db`).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildApp } from '../dist/http/app.js';
import { central } from '../dist/services/graph-queries.js';
import { SqliteStore } from '../dist/store/sqlite-store.js';

const CHROMIUM = '/usr/bin/chromium';
const db = process.env.BENCH_DB;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
if (!db || !existsSync(db)) {
  console.log(`skipped: set BENCH_DB to a database file (now: ${db ?? 'unset'})`);
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  console.log(`skipped: ${CHROMIUM} is absent (apt-get install chromium)`);
  process.exit(0);
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)].toFixed(1);
};
const summary = (xs) => ({ p50_ms: pct(xs, 50), p95_ms: pct(xs, 95), max_ms: +Math.max(...xs).toFixed(1) });

const store = new SqliteStore(db, { mustExist: true, readonly: true });
const app = await buildApp({ store });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
try {
  const top = central(store, { limit: 1 })[0];
  if (!top) throw new Error('the database has no ties');
  const id = top.actor.id;

  // The API call alone (server side, no browser), same process.
  const api = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const r = await app.inject(`/api/entities/${id}`);
    api.push(performance.now() - t);
    if (r.statusCode !== 200) throw new Error(`GET /api/entities/${id}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  }
  const profile = (await app.inject(`/api/entities/${id}`)).json();
  const ties = Object.values(profile.tiesByType).reduce((n, l) => n + l.length, 0);

  /** Milliseconds from navigation start until the view is built and a frame has been painted. */
  const interactive = async (hash, ready) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/#${hash}`, { waitUntil: 'commit' });
    await page.waitForSelector(`main[data-ready="${ready}"]`, { timeout: 60_000 });
    const ms = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
    return { ms, page, context };
  };

  const entity = [];
  let counts = null;
  for (let i = 0; i < ROUNDS; i++) {
    const { ms, page, context } = await interactive(`/entity/${id}`, `/entity/${id}`);
    entity.push(ms);
    if (!counts) counts = await page.evaluate(() => ({ elements: document.querySelectorAll('main *').length, evidence: document.querySelectorAll('main blockquote.evidence').length }));
    await context.close();
  }

  const graphRun = async (depth) => {
    const times = [];
    let info = null;
    for (let i = 0; i < Math.min(ROUNDS, 5); i++) {
      const { ms, page, context } = await interactive(`/graph/${id}${depth === 2 ? '?depth=2' : ''}`, `/graph/${id}`);
      times.push(ms);
      if (!info) {
        // Frame intervals while the camera zooms out and back: smoothness with this many nodes.
        info = await page.evaluate(() => new Promise((resolve) => {
          const { renderer, graph } = window.dossierGraph;
          const camera = renderer.getCamera();
          const frames = [];
          let last = performance.now();
          const start = last;
          const tick = (now) => {
            frames.push(now - last);
            last = now;
            camera.setState({ ratio: 1 + 0.5 * Math.sin((now - start) / 200), angle: (now - start) / 2000 });
            if (now - start < 1500) requestAnimationFrame(tick);
            else {
              frames.sort((a, b) => a - b);
              resolve({ nodes: graph.order, edges: graph.size, frame_p50_ms: +frames[Math.floor(frames.length / 2)].toFixed(1), frame_p95_ms: +frames[Math.floor(frames.length * 0.95)].toFixed(1) });
            }
          };
          requestAnimationFrame(tick);
        }));
      }
      await context.close();
    }
    return { ...summary(times), ...info };
  };

  const graph1 = await graphRun(1);
  const graph2 = await graphRun(2);
  const figures = {
    database: db,
    documents: store.stats().documents,
    actor: `${top.actor.name} [#${id}], ${top.degree} counterparts, ${ties} ties, ${profile.quotesBy.length + profile.quotesAbout.length} quotes`,
    rounds: ROUNDS,
    entity_page_interactive: summary(entity),
    entity_page_dom: counts,
    api_entity_dossier: summary(api),
    browser_to_api_ratio_p50: +(pct(entity, 50) / pct(api, 50)).toFixed(1),
    graph_view_1_hop: graph1,
    graph_view_2_hops: graph2,
  };
  console.log(JSON.stringify(figures, null, 2));
  const goal = 1500;
  if (pct(entity, 95) > goal) {
    console.error(`FAIL: entity page p95 ${pct(entity, 95)} ms is above ${goal} ms`);
    process.exitCode = 1;
  } else console.log(`ok: entity page interactive p95 ${pct(entity, 95)} ms (goal ${goal} ms)`);
} finally {
  await browser.close();
  await app.close();
  store.close();
}
