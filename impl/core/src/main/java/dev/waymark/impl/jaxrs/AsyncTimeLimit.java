package dev.waymark.impl.jaxrs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/**
 * Binds {@link AsyncTimeLimitInterceptor} to an asynchronous resource method with a time limit.
 * {@link ResourceTimeLimits} adds it to such methods; applications do not use it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AsyncTimeLimit {

    /** The annotation, to add to a method. */
    final class Literal extends AnnotationLiteral<AsyncTimeLimit> implements AsyncTimeLimit {

        private static final long serialVersionUID = 1L;

        static final Literal INSTANCE = new Literal();
    }
}
