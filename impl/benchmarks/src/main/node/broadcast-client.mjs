// The Node client of the WebSocket benchmark (see impl/benchmarks/README.md): opens N connections to
// a SocketLoadServer with the npm package ws (at most 200 handshakes at once), then asks the server
// to broadcast a B-byte message ROUNDS times and prints, for each, the server's time in the call and
// the time until every connection has received the message.
//
//   node broadcast-client.mjs http://127.0.0.1:PORT/ [N] [B] [ROUNDS]
import { openConnections } from './broadcast-sockets.mjs';

const [base, count = '10000', bytes = '1024', rounds = '5'] = process.argv.slice(2);
const total = Number(count);
const size = Number(bytes);

const opening = performance.now();
const { sockets, received, missing } = await openConnections(base, total, size);
console.log(`opened ${sockets.length} connections in ${((performance.now() - opening) / 1000).toFixed(1)} s`);

for (let round = 1; round <= Number(rounds); round++) {
  const all = received();
  const start = performance.now();
  const answer = await (await fetch(`${base}broadcast?bytes=${size}`, { method: 'POST' })).text();
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000));
  const outcome = await Promise.race([all, timeout]);
  const shortfall = outcome === 'timeout' ? ` (NOT ALL: ${missing()} missing)` : '';
  console.log(`round ${round}: server ${answer}, every client had it after ${(performance.now() - start).toFixed(1)} ms${shortfall}`);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
sockets.forEach((socket) => socket.terminate());
