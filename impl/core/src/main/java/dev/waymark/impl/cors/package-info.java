/** CORS: compiled policies, preflight answers and the headers of cross-origin responses. */
package dev.waymark.impl.cors;
