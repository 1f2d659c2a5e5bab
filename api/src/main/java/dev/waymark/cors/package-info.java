/**
 * Cross-origin resource sharing for APIs [CORS]: on by default, as in SST, configured per API and
 * per route with {@link dev.waymark.cors.Cors}, or with a {@link dev.waymark.cors.CorsPolicy} for
 * route tables.
 */
package dev.waymark.cors;
