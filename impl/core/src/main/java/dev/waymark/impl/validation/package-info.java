/** Bean Validation of handler parameters and bodies; loaded only when a handler declares constraints. */
package dev.waymark.impl.validation;
