// A graphql-ws client subscribes to noteCreated over graphql-transport-ws, then a note is created
// over HTTP; prints the event it received and exits 0, or exits 1 after 15 s without one.
//
//   URL=http://127.0.0.1:8080/api/graphql node subscribe.mjs
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.URL;
const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
const connected = new Promise((resolve) => client.on('connected', resolve));
const received = new Promise((resolve, reject) => {
  client.subscribe({ query: 'subscription { noteCreated { id text } }' }, { next: resolve, error: reject, complete: () => {} });
});
await connected;
await new Promise((resolve) => setTimeout(resolve, 500));
const created = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { createNote(text: "from graphql-ws") { id } }' }),
});
console.log(`mutation answered ${created.status}: ${await created.text()}`);
const timeout = new Promise((resolve, reject) => setTimeout(() => reject(new Error('no subscription event within 15 s')), 15_000));
try {
  const event = await Promise.race([received, timeout]);
  console.log(`subscription event: ${JSON.stringify(event)}`);
  await client.dispose();
  process.exit(event.data?.noteCreated?.text === 'from graphql-ws' ? 0 : 1);
} catch (error) {
  console.log(`failed: ${error?.message ?? JSON.stringify(error)}`);
  process.exit(1);
}
