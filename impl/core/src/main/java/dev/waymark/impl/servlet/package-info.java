/** What a servlet container tells about a request that JAX-RS does not: the client's address and the protocol. */
package dev.waymark.impl.servlet;
