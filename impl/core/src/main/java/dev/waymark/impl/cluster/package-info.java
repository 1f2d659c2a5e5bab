/** What every cluster engine shares: requests to one member over the engine's topics. */
package dev.waymark.impl.cluster;
