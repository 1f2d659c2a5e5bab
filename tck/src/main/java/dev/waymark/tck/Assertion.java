package dev.waymark.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;

/**
 * A TCK test, and the requirements of the specification it checks, by id ({@code "ROUTE-3-1"}).
 * The build fails if a requirement of the specification has no test, or a test names an id the
 * specification does not have.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
public @interface Assertion {

    /**
     * The ids of the requirements the test checks.
     *
     * @return the ids
     */
    String[] value();
}
