// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers
//
// node pingload.js BASE SOCKETS PING_MS SECONDS GET_LOOPS (bench/server/pingload runs it)
// SOCKETS sockets on BASE's /ws/updates/ (one user's token), each pinging every PING_MS
// (spread evenly), and GET_LOOPS loops of crate detail GETs beside them, for SECONDS; one
// JSON line: pongs per second and their latency, GETs per second and their latency, and
// with SERVER_PID the CPU time of that process over the window (user + system).
const WebSocket = require('ws');
const [base, nSock, pingMs, seconds, getLoops] = [process.argv[2], +process.argv[3], +process.argv[4], +process.argv[5], +process.argv[6]];
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function req(method, path, body, token) {
  return new Promise((resolve, reject) => {
    const u = new URL(path, base);
    const data = body ? JSON.stringify(body) : null;
    const r = http.request(u, { method, agent, headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' },
      token ? { Authorization: 'Bearer ' + token } : {}, data ? { 'Content-Length': Buffer.byteLength(data) } : {}) }, (res) => {
      let buf = ''; res.on('data', (c) => buf += c); res.on('end', () => resolve({ status: res.statusCode, body: buf }));
    });
    r.on('error', reject); if (data) r.write(data); r.end();
  });
}
const pct = (a, p) => { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

(async () => {
  const lr = await req('POST', '/api/auth/login/', { username: 'u1_head1', password: 'dms-demo' });
  if (lr.status !== 200) throw new Error('sign-in: HTTP ' + lr.status);
  const login = JSON.parse(lr.body);
  const token = login.access;
  const cr = await req('GET', '/api/documents/crates/', null, token);
  if (cr.status !== 200) throw new Error('crate list: HTTP ' + cr.status);
  const crates = JSON.parse(cr.body);
  const ids = (crates.results || crates).map((c) => c.id);
  const wsUrl = base.replace('http', 'ws') + '/ws/updates/?token=' + token;
  const socks = [];
  let opened = 0;
  await new Promise((resolve) => {
    let i = 0;
    const openNext = () => {
      for (let k = 0; k < 20 && i < nSock; k++, i++) {
        const ws = new WebSocket(wsUrl, { origin: base });
        ws.on('open', () => { if (++opened === nSock) resolve(); });
        ws.on('error', (e) => { console.error('ws error', e.message); });
        socks.push(ws);
      }
      if (i < nSock) setTimeout(openNext, 20);
    };
    openNext();
  });
  console.error(`${opened} sockets open`);
  await new Promise((r) => setTimeout(r, 2000));
  const pongLat = []; let pings = 0; let pongs = 0;
  let measuring = true;
  const sent = new Map();
  socks.forEach((ws, i) => {
    ws.on('message', (m) => {
      const f = JSON.parse(m.toString());
      if (f.type === 'pong' && f.echo && sent.has(f.echo)) { pongLat.push(Date.now() - sent.get(f.echo)); sent.delete(f.echo); pongs++; }
    });
    setTimeout(() => {
      const tick = () => {
        if (!measuring) return;
        const ts = new Date().toISOString() + ':' + i + ':' + pings;
        sent.set(ts, Date.now()); pings++;
        ws.send(JSON.stringify({ type: 'ping', timestamp: ts }));
        setTimeout(tick, pingMs);
      };
      tick();
    }, (i * pingMs) / nSock);
  });
  const t0 = Date.now(); const stat0 = process.env.SERVER_PID ? require('fs').readFileSync(`/proc/${process.env.SERVER_PID}/stat`, 'utf8').split(' ') : null;
  const getLat = []; let gets = 0;
  const loops = [];
  for (let l = 0; l < getLoops; l++) loops.push((async () => {
    let k = l;
    while (Date.now() - t0 < seconds * 1000) {
      const s = Date.now();
      const r = await req('GET', `/api/documents/crates/${ids[k++ % ids.length]}/`, null, token);
      if (r.status === 200) { gets++; getLat.push(Date.now() - s); }
    }
  })());
  await Promise.all(loops);
  await new Promise((r) => setTimeout(r, Math.max(0, seconds * 1000 - (Date.now() - t0))));
  measuring = false;
  const el = (Date.now() - t0) / 1000;
  let cpu = null;
  if (stat0) {
    const stat1 = require('fs').readFileSync(`/proc/${process.env.SERVER_PID}/stat`, 'utf8').split(' ');
    cpu = ((+stat1[13] + +stat1[14]) - (+stat0[13] + +stat0[14])) / 100;  // s (USER_HZ: 100 on Linux)
  }
  console.log(JSON.stringify({ sockets: opened, seconds: el, pings, pongs, pings_per_s: +(pongs / el).toFixed(1), pong_p50: pct(pongLat, 0.5), pong_p95: pct(pongLat, 0.95),
    gets, gets_per_s: +(gets / el).toFixed(1), get_p50: pct(getLat, 0.5), get_p95: pct(getLat, 0.95), server_cpu_s: cpu, server_cpu_pct: cpu === null ? null : +(100 * cpu / el).toFixed(1) }));
  socks.forEach((ws) => ws.terminate());
  process.exit(0);
})().catch((e) => { console.error("pingload:", e.message); process.exit(1); });
