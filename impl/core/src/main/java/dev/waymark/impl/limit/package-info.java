/** Rate limits: token buckets per route and client, on Bucket4j, and the client address behind trusted proxies. */
package dev.waymark.impl.limit;
