// Two clients on the npm package "ws" chat through the example (URL: the chat's ws:// address):
// both connect, the first sends {"action":"sendMessage","data":"hi"}, and the second must receive "hi".
import WebSocket from 'ws';

const url = process.env.URL;
const open = socket => new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
const next = socket => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no message within 10 s')), 10000);
  socket.once('message', data => { clearTimeout(timer); resolve(data.toString()); });
});

const alice = new WebSocket(url);
const bob = new WebSocket(url);
await Promise.all([open(alice), open(bob)]);
const received = next(bob);
alice.send(JSON.stringify({ action: 'sendMessage', data: 'hi' }));
const message = await received;
console.log(`bob received: ${message}`);
alice.close();
bob.close();
process.exit(message === 'hi' ? 0 : 1);
