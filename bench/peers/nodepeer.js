#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Two of bench/run-all's peers, N users in one Node process against the reference server:
//
//   --mode web    a model of the seed-002 web client (shared/seeds/002, "Frontend"): per user
//                 a TanStack QueryClient (@tanstack/query-core) with one QueryObserver per list
//                 the page shows, an http.Agent with keep-alive and 6 sockets (a browser's
//                 connections per host), one `ws` socket to /ws/updates/?token=, a JSON ping
//                 every 30 s, and on every data_update invalidateQueries() of every key seed
//                 002 lists. Reconnects with exponential backoff, 10 attempts. The guesses the
//                 seed leaves open are listed in docs/benchmarks.md ("The web client model").
//   --mode floor  bare `ws` sockets that only receive: no cache, no tables, no REST after
//                 sign-in: the fan-out cost of the stack itself.
//
// node nodepeer.js --mode web|floor --servers URL[,URL…] --users-file users.json --out result.json
//   users.json: [{"username": "u1_req1", "unit": 1}, …]; the password comes from the
//   environment (DMS_BENCH_PASSWORD), never from the command line. Users are spread over the
//   servers round-robin. Prints "READY" on stdout once every user is Live (and, web, has
//   every list loaded); on SIGTERM/SIGINT writes the result file and exits 0. No token, no
//   password and no socket URL is ever printed.
'use strict';

const fs = require('fs');
const http = require('http');
const WebSocket = require('ws');

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const mode = arg('mode', 'web');
const servers = arg('servers', '').split(',').filter(Boolean);
const users = JSON.parse(fs.readFileSync(arg('users-file'), 'utf8'));
const outPath = arg('out');
const password = process.env.DMS_BENCH_PASSWORD || '';
const signInConcurrency = Number(arg('sign-in-concurrency', '6'));
if (!['web', 'floor'].includes(mode) || servers.length === 0 || !outPath || !password) {
  console.error('usage: DMS_BENCH_PASSWORD=… node nodepeer.js --mode web|floor --servers URL[,URL] ' +
                '--users-file users.json --out result.json');
  process.exit(2);
}

// Seed 002, "Cache Invalidation": every key, on every data_update.
const INVALIDATED_KEYS = [
  'withdrawal-requests', 'withdrawal-request', 'destruction-requests', 'destruction-request',
  'transfer-requests', 'transfer-request', 'sendback-records', 'crates', 'crate', 'dashboard', 'summary',
];
// What one page of the web client shows (a guess, docs/benchmarks.md): the three request
// lists and the crate list the console's users keep open, the send-back records and the
// dashboard's counts. One QueryObserver each.
const PAGE_QUERIES = [
  {key: 'withdrawal-requests', path: '/api/requests/withdrawal/', entity: 'withdrawal'},
  {key: 'destruction-requests', path: '/api/requests/destruction/', entity: 'destruction'},
  {key: 'transfer-requests', path: '/api/requests/transfer/', entity: 'transfer'},
  {key: 'crates', path: '/api/documents/crates/', entity: 'crate'},
  {key: 'sendback-records', path: '/api/requests/sendbacks/', entity: null},
  {key: 'dashboard', path: '/api/dashboard/summary/', entity: null},
];
const PING_MS = 30000;
const RECONNECT_ATTEMPTS = 10;
const RECONNECT_BASE_MS = 1000;
const RECONNECT_CAP_MS = 30000;

let tq = null;
if (mode === 'web') {
  tq = require('@tanstack/query-core');
  // query-core treats a runtime without `window` as a server (no retries, infinite gcTime):
  // the web client runs in a browser, so say so.
  if (tq.environmentManager) tq.environmentManager.setIsServer(() => false);
}

const totals = {
  frames: 0, frame_bytes: 0, gets_issued: 0, gets_done: 0, gets_failed: 0, get_bytes: 0,
  invalidations: 0, pings: 0, reconnect_attempts: 0, gave_up: 0,
};
const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
const startedAt = Date.now();
let stopping = false;

function request(user, method, path, body) {
  const url = new URL(path, user.server);
  const payload = body ? Buffer.from(JSON.stringify(body)) : null;
  const headers = {Accept: 'application/json'};
  if (payload) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = payload.length;
  }
  if (user.access) headers.Authorization = 'Bearer ' + user.access;
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent: user.agent,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        if (res.statusCode < 200 || res.statusCode >= 300) {
          reject(new Error(method + ' ' + url.pathname + ': HTTP ' + res.statusCode));
          return;
        }
        resolve({bytes: buf.length, json: buf.length ? JSON.parse(buf.toString('utf8')) : null});
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function get(user, path) {
  totals.gets_issued++;
  try {
    const r = await request(user, 'GET', path);
    totals.gets_done++;
    totals.get_bytes += r.bytes;
    return r.json;
  } catch (e) {
    totals.gets_failed++;
    throw e;
  }
}

// A list query's data, as the table would show it: row id -> [status, storage_id]. Every
// change of a row after the first load is recorded with its time ("table shows").
function onListData(user, q, data) {
  if (!q.entity || !data || !Array.isArray(data.results)) return;
  const now = Date.now();
  const seen = user.rows[q.key];
  const first = seen === undefined;
  const rows = first ? (user.rows[q.key] = new Map()) : seen;
  for (const r of data.results) {
    const before = rows.get(r.id);
    const storage = r.storage_id === undefined ? null : r.storage_id;
    if (!before || before[0] !== r.status || before[1] !== storage) {
      rows.set(r.id, [r.status, storage]);
      if (!first) user.shown.push([now, q.entity, r.id, r.status, storage]);
    }
  }
}

function makeWebUser(user) {
  user.agent = new http.Agent({keepAlive: true, maxSockets: 6});
  user.client = new tq.QueryClient();
  user.client.mount();
  user.rows = {};
  user.loaded = new Set();
  user.observers = PAGE_QUERIES.map((q) => {
    const observer = new tq.QueryObserver(user.client, {
      queryKey: [q.key],
      queryFn: () => get(user, q.path),
    });
    let lastUpdate = 0;
    observer.subscribe((result) => {
      if (result.status === 'success' && result.dataUpdatedAt !== lastUpdate) {
        lastUpdate = result.dataUpdatedAt;
        onListData(user, q, result.data);
        user.loaded.add(q.key);
        checkReady();
      }
    });
    return observer;
  });
}

function onFrame(user, text) {
  let msg;
  try {
    msg = JSON.parse(text);
  } catch (e) {
    return;
  }
  if (msg.type === 'connection_established') {
    user.live = true;
    if (user.downSince) {
      user.downs.push([user.downSince, Date.now()]);
      user.downSince = 0;
    }
    user.attempt = 0;
    checkReady();
    return;
  }
  if (msg.type !== 'data_update') return;
  totals.frames++;
  totals.frame_bytes += Buffer.byteLength(text);
  const d = msg.data || {};
  user.frames.push([Date.now(), msg.entity, d.id, d.status]);
  if (mode === 'web') {
    for (const key of INVALIDATED_KEYS) {
      totals.invalidations++;
      user.client.invalidateQueries({queryKey: [key]}).catch(() => {});
    }
  }
}

function connect(user) {
  if (stopping) return;
  const u = new URL(user.server);
  // The token travels in the URL, as the seed's client sends it; the URL is never printed.
  const ws = new WebSocket('ws://' + u.host + '/ws/updates/?token=' + encodeURIComponent(user.access),
                           {origin: user.server, perMessageDeflate: false});
  user.ws = ws;
  ws.on('message', (data) => onFrame(user, data.toString('utf8')));
  ws.on('error', () => {});
  ws.on('close', () => {
    user.live = false;
    if (user.ping) clearInterval(user.ping);
    user.ping = null;
    if (stopping) return;
    if (!user.downSince) user.downSince = Date.now();
    scheduleReconnect(user);
  });
  if (mode === 'web') {
    ws.on('open', () => {
      user.ping = setInterval(() => {
        if (ws.readyState === WebSocket.OPEN) {
          totals.pings++;
          ws.send(JSON.stringify({type: 'ping', timestamp: new Date().toISOString()}));
        }
      }, PING_MS);
    });
  }
}

function scheduleReconnect(user) {
  if (mode === 'web') {
    // Seed 002: "Up to 10 attempts with exponential backoff" (base 1 s, doubling, 30 s cap, no
    // jitter: docs/benchmarks.md). Then the badge stays "Syncing" until a page reload.
    if (user.attempt >= RECONNECT_ATTEMPTS) {
      user.gaveUp = true;
      totals.gave_up++;
      return;
    }
    const delay = Math.min(RECONNECT_BASE_MS * 2 ** user.attempt, RECONNECT_CAP_MS);
    user.attempt++;
    totals.reconnect_attempts++;
    setTimeout(() => connect(user), delay);
  } else {
    // The floor: spec §4's backoff (full jitter, base 1 s), never giving up.
    const delay = Math.random() * Math.min(RECONNECT_BASE_MS * 2 ** Math.min(user.attempt, 5), RECONNECT_CAP_MS);
    user.attempt++;
    totals.reconnect_attempts++;
    setTimeout(() => connect(user), delay);
  }
}

let readyAt = 0;
let allStarted = false;
function checkReady() {
  if (readyAt || !allStarted) return;
  for (const u of users) {
    if (!u.live) return;
    if (mode === 'web' && u.loaded.size < PAGE_QUERIES.length) return;
  }
  readyAt = Date.now();
  rssReadyKb = Math.round(process.memoryUsage().rss / 1024);
  process.stdout.write('READY users=' + users.length + '\n');
}
let rssReadyKb = 0;

async function signIn(user) {
  user.agent = user.agent || new http.Agent({keepAlive: true, maxSockets: mode === 'web' ? 6 : 1});
  const r = await request(user, 'POST', '/api/auth/login/', {username: user.username, password});
  user.access = r.json.access;
  if (!user.access) throw new Error('sign-in of ' + user.username + ' gave no access token');
}

async function startUser(user) {
  await signIn(user);
  if (mode === 'web') makeWebUser(user);
  connect(user);
}

async function main() {
  users.forEach((u, i) => {
    u.server = servers[i % servers.length];
    u.frames = [];
    u.shown = [];
    u.downs = [];
    u.downSince = 0;
    u.attempt = 0;
    u.live = false;
    if (mode === 'web') u.agent = new http.Agent({keepAlive: true, maxSockets: 6});
  });
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const u = users[next++];
      let tries = 0;
      for (;;) {
        try {
          await startUser(u);
          break;
        } catch (e) {
          if (++tries >= 5) {
            console.error('peer: ' + u.username + ': ' + e.message);
            process.exit(1);
          }
          await new Promise((r) => setTimeout(r, 500 * tries));
        }
      }
    }
  };
  await Promise.all(Array.from({length: signInConcurrency}, worker));
  allStarted = true;
  checkReady();
}

function queuedRequests() {
  let queued = 0;
  let inFlight = 0;
  for (const u of users) {
    if (!u.agent) continue;
    for (const list of Object.values(u.agent.requests)) queued += list.length;
    for (const list of Object.values(u.agent.sockets)) inFlight += list.length;
  }
  return {queued, inFlight};
}

function finish() {
  if (stopping) return;
  stopping = true;
  const q = queuedRequests();
  const result = {
    peer: mode,
    users: users.length,
    node: process.version,
    ws: require('ws/package.json').version,
    query_core: tq ? require('@tanstack/query-core/package.json').version : null,
    started_at_ms: startedAt,
    ready_at_ms: readyAt,
    rss_before_kb: rssBeforeKb,
    rss_ready_kb: rssReadyKb,
    rss_end_kb: Math.round(process.memoryUsage().rss / 1024),
    totals: Object.assign({}, totals, {
      gets_in_flight_end: totals.gets_issued - totals.gets_done - totals.gets_failed,
      gets_queued_end: q.queued,
    }),
    users_detail: users.map((u) => ({
      username: u.username, unit: u.unit, live: u.live, gave_up: Boolean(u.gaveUp),
      down_since: u.downSince || null, downs: u.downs, frames: u.frames, shown: u.shown,
    })),
  };
  fs.writeFileSync(outPath, JSON.stringify(result));
  for (const u of users) {
    if (u.ws) u.ws.terminate();
    if (u.agent) u.agent.destroy();
  }
  process.exit(0);
}

process.on('SIGTERM', finish);
process.on('SIGINT', finish);
main().catch((e) => {
  console.error('peer: ' + e.message);
  process.exit(1);
});
