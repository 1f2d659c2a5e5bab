// The connections of the WebSocket broadcast clients (broadcast-client.mjs, broadcast-compare.mjs):
// N connections to a SocketLoadServer's /ws with the npm package ws, opened at most 200 at a time.
import WebSocket from 'ws';

/**
 * Opens the connections and counts the B-byte messages they receive.
 *
 * @param base the server's base URL, http://127.0.0.1:PORT/
 * @param total how many connections
 * @param size the length of a broadcast message, in bytes
 * @returns the sockets, and received(): a promise of the moment every connection has had the next message
 */
export async function openConnections(base, total, size) {
  const url = base.replace(/^http/, 'ws') + 'ws';
  let waiting = 0;
  let done = () => {};
  const open = () => new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    socket.on('open', () => resolve(socket));
    socket.on('error', reject);
    socket.on('message', (data) => {
      if (data.length === size && --waiting === 0) {
        done();
      }
    });
  });
  const sockets = [];
  for (let i = 0; i < total; i += 200) {
    const batch = [];
    for (let j = i; j < Math.min(total, i + 200); j++) {
      batch.push(open());
    }
    sockets.push(...(await Promise.all(batch)));
  }
  const received = () => {
    waiting = total;
    return new Promise((resolve) => { done = resolve; });
  };
  const missing = () => waiting;
  return { sockets, received, missing };
}
