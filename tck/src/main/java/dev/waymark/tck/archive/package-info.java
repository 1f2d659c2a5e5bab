/**
 * What a runner adds to the archives the TCK deploys: the implementation's jars, named in system
 * properties, for servers that do not provide it.
 */
package dev.waymark.tck.archive;
