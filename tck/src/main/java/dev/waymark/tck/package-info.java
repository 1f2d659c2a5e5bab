/**
 * The Waymark TCK. Tests are grouped by specification area, one package per area; each test names
 * the requirement ids of the specification it checks with {@link dev.waymark.tck.Assertion} or
 * {@link dev.waymark.tck.ParameterizedAssertion}. Every assertion is made over a real HTTP
 * connection to a real deployment.
 */
package dev.waymark.tck;
