// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Artillery processor for bench/run-all's Artillery peer (bench/peers/artillery.yml): after
// the WebSocket engine has connected a virtual user, `listen` records what the socket
// receives (time, entity, id, status of every data_update), when it closes, and nothing else.
// Records go, in batches, to one JSON-lines file per worker thread under DMS_BENCH_ART_DIR.
// No token or URL is ever written.
'use strict';

const fs = require('fs');
const path = require('path');
const {threadId} = require('worker_threads');

const dir = process.env.DMS_BENCH_ART_DIR;
const file = dir ? path.join(dir, 'events-' + process.pid + '-' + threadId + '.jsonl') : null;
let pending = [];

function flush() {
  if (!file || pending.length === 0) return;
  fs.appendFileSync(file, pending.map((r) => JSON.stringify(r)).join('\n') + '\n');
  pending = [];
}
setInterval(flush, 250).unref();
process.on('exit', flush);

function listen(context, events, next) {
  const user = context.vars.username;
  const ws = context.ws;
  pending.push({k: 'open', u: user, t: Date.now()});
  flush();
  ws.on('message', (data) => {
    let msg;
    try {
      msg = JSON.parse(data.toString('utf8'));
    } catch (e) {
      return;
    }
    if (msg.type !== 'data_update') return;
    const d = msg.data || {};
    pending.push({k: 'frame', u: user, t: Date.now(), e: msg.entity, id: d.id, s: d.status});
    events.emit('counter', 'dms.data_update', 1);
  });
  ws.on('close', () => {
    pending.push({k: 'close', u: user, t: Date.now()});
  });
  next();
}

module.exports = {listen};
