/**
 * Access logs [LOG]: one line per request, on by default, as JSON or in a format with API
 * Gateway's {@code $context} variables, per API and per route with {@link dev.waymark.log.AccessLog}.
 */
package dev.waymark.log;
