package dev.waymark.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * A parameterized TCK test (with a JUnit argument source beside it), and the requirements of the
 * specification it checks, by id, as {@link Assertion} names them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest
public @interface ParameterizedAssertion {

    /**
     * The ids of the requirements the test checks.
     *
     * @return the ids
     */
    String[] value();
}
