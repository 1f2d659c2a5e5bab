// Runs the graphql-http package's server audits (the GraphQL-over-HTTP specification's MUST and
// SHOULD rules) against a GraphQL route, prints each result, and exits 1 if a MUST audit fails.
//
//   URL=http://127.0.0.1:8080/api/graphql node audit.mjs
import { serverAudits } from 'graphql-http';

const url = process.env.URL;
const counts = { ok: 0, warn: 0, error: 0 };
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  counts[result.status]++;
  const level = result.status === 'ok' ? 'ok   ' : result.status === 'warn' ? 'WARN ' : 'ERROR';
  console.log(`${level} ${audit.id} ${audit.name}${result.status === 'ok' ? '' : ` -- ${result.reason}`}`);
}
console.log(`audits of ${url}: ${counts.ok} ok, ${counts.warn} SHOULD not met, ${counts.error} MUST not met`);
process.exit(counts.error === 0 ? 0 : 1);
