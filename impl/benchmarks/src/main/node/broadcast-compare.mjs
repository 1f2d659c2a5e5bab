// Compares the broadcasts of two SocketLoadServers running at the same time (see impl/benchmarks/README.md):
// one child process per server opens N connections to it with the npm package ws, as broadcast-client.mjs
// does, then the rounds alternate between the servers (A then B, B then A, ...), so that both see the same
// moments of a shared machine. Prints every round and, at the end, the medians of the rounds from SKIP + 1 on:
// the time until every connection had the message, the server's time in the call, the server process's CPU
// time meanwhile, and the client's own CPU time.
//
//   node broadcast-compare.mjs ROUNDS http://127.0.0.1:PORT_A/ http://127.0.0.1:PORT_B/ [N] [B] [SKIP]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';
import { openConnections } from './broadcast-sockets.mjs';

if (process.argv[2] === '--side') {
  await side(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
} else {
  await compare();
}

/** One server's side: opens the connections, then broadcasts once for each line read. */
async function side(base, total, size) {
  const { sockets, received, missing } = await openConnections(base, total, size);
  console.log(JSON.stringify({ opened: sockets.length }));
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line === 'quit') {
      break;
    }
    const all = received();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const server = JSON.parse(await (await fetch(`${base}broadcast?bytes=${size}`, { method: 'POST' })).text());
    const outcome = await Promise.race([all, new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000))]);
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ ...server, clientMs: performance.now() - start, clientCpuMs: (used.user + used.system) / 1000,
      missing: outcome === 'timeout' ? missing() : 0 }));
  }
  sockets.forEach((socket) => socket.terminate());
  process.exit(0);
}

async function compare() {
  const [rounds, baseA, baseB, count = '10000', bytes = '1024', skip = '5'] = process.argv.slice(2);
  const sides = [['A', baseA], ['B', baseB]].map(([name, base]) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--side', base, count, bytes],
      { stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('exit', (code) => {
      if (code !== 0) {
        console.error(`the client of ${base} ended with ${code}`);
        process.exit(1);
      }
    });
    const lines = [];
    let wake = null;
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(JSON.parse(line));
      if (wake) {
        wake();
      }
    });
    const next = async () => {
      while (lines.length === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      return lines.shift();
    };
    return { name, base, child, next, results: [] };
  });
  for (const s of sides) {
    console.log(`${s.name} ${s.base}: opened ${(await s.next()).opened} connections`);
  }
  for (let round = 1; round <= Number(rounds); round++) {
    for (const s of round % 2 === 1 ? sides : [...sides].reverse()) {
      s.child.stdin.write('go\n');
      const result = await s.next();
      s.results.push(result);
      console.log(`round ${round} ${s.name}: sent ${result.sent}, server ${(result.micros / 1000).toFixed(1)} ms (CPU ${(result.cpuMicros / 1000).toFixed(0)} ms), `
        + `every client had it after ${result.clientMs.toFixed(1)} ms (client CPU ${result.clientCpuMs.toFixed(0)} ms)`
        + (result.missing ? ` NOT ALL: ${result.missing} missing` : ''));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  for (const s of sides) {
    const counted = s.results.slice(Number(skip));
    console.log(`${s.name} medians of rounds ${Number(skip) + 1}-${rounds}: every client had it after ${median(counted.map((r) => r.clientMs)).toFixed(1)} ms, `
      + `server ${median(counted.map((r) => r.micros / 1000)).toFixed(1)} ms, server CPU ${median(counted.map((r) => r.cpuMicros / 1000)).toFixed(0)} ms, `
      + `client CPU ${median(counted.map((r) => r.clientCpuMs)).toFixed(0)} ms; under 250 ms in ${counted.filter((r) => r.clientMs < 250).length} of ${counted.length}`);
    s.child.stdin.write('quit\n');
  }
}
