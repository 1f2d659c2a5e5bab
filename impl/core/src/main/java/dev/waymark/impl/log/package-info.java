/** Access logs: the record of each request, its line formats, and where lines are written. */
package dev.waymark.impl.log;
