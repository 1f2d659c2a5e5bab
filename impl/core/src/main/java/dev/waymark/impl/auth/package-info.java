/**
 * Authorizers: the declared JWT, custom and container authorizers of each API, resolved for its
 * routes, and the check the dispatcher runs before a route's handler.
 */
package dev.waymark.impl.auth;
