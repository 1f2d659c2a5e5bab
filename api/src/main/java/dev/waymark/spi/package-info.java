/**
 * The service-provider interface for implementations of Waymark.
 *
 * @since 0.1
 */
package dev.waymark.spi;
