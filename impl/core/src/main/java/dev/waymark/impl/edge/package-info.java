/**
 * The request edge: what every transport shares in serving a request, so that Grizzly serving
 * directly and the JAX-RS filter read, check, answer and log requests by the same code.
 */
package dev.waymark.impl.edge;
