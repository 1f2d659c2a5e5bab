/** Events for GraphQL subscriptions, in memory or across the nodes of a cluster. */
package dev.waymark.impl.events;
