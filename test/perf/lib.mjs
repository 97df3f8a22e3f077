// Shared helpers for the benchmarks: start processes, wait for readiness, drive load, read memory.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  child.output = () => output;
  return child;
}

export async function waitForReady(url, child, timeoutMs = 60_000) {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`process exited early:\n${child.output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`not ready after ${timeoutMs} ms:\n${child.output()}`);
}

export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

export function rssMiB(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch {
    return NaN;
  }
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** Fails loudly when the request under load does not answer with data (GraphQL errors come as 200). */
export async function assertAnswers(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok || json.errors || !json.data) throw new Error(`${url} does not answer the benchmark query: ${JSON.stringify(json)}`);
}

/** Runs one load test; returns requests/s, latency percentiles (ms), errors and peak RSS of `pid`. */
export async function load({ url, body, headers = {}, connections, seconds, pid }) {
  const latencies = [];
  let peakRss = pid ? rssMiB(pid) : NaN;
  const sampler = pid ? setInterval(() => (peakRss = Math.max(peakRss, rssMiB(pid))), 250) : null;
  const instance = autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  if (sampler) clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    peakRssMiB: peakRss,
  };
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (user + system, ms) of one process, or NaN when it is gone. */
function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

/** CPU time (ms) of every PostgreSQL server process on this machine (backends, checkpointer, WAL writer …). */
function postgresCpuMs() {
  let sum = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') sum += processCpuMs(pid) || 0;
    } catch {
      // the process ended while we looked
    }
  }
  return sum;
}

/**
 * Where the CPU of a load went: call before it, then call the result after it with the number of requests; gives
 * milliseconds of CPU per request in the API process, in PostgreSQL and in this (load generating) process.
 */
export function cpuMeter(apiPid) {
  const before = { api: apiPid ? processCpuMs(apiPid) : 0, pg: postgresCpuMs(), self: process.cpuUsage() };
  return (requests) => {
    const self = process.cpuUsage(before.self);
    const per = (ms) => +(ms / Math.max(1, requests)).toFixed(2);
    return {
      api: apiPid ? per(processCpuMs(apiPid) - before.api) : 0,
      pg: per(postgresCpuMs() - before.pg),
      bench: per((self.user + self.system) / 1000),
    };
  };
}

/**
 * How fast this machine is right now, for comparing runs on different (or shared, drifting) machines: a fixed
 * JavaScript loop and a fixed PostgreSQL statement on `db`, best of three each, in ms.
 */
export async function machineSpeed(db) {
  const best = async (fn) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await fn();
      min = Math.min(min, performance.now() - t0);
    }
    return +min.toFixed(1);
  };
  const js = await best(() => {
    let sum = 0;
    for (let i = 0; i < 50_000_000; i++) sum += i % 7;
    return sum;
  });
  const sql = await best(() => db.query('SELECT sum(i % 7) FROM generate_series(1, 2000000) i'));
  return `JavaScript loop ${js} ms, PostgreSQL statement ${sql} ms (lower is faster)`;
}
