package dev.waymark.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The areas of the specification, one annotation each: on a TCK test class, it runs the class with
 * Arquillian and tags it with its area, so a runner runs one area alone ({@code -Dgroups=auth}) or
 * leaves an optional one out ({@code excludedGroups}).
 */
public final class Area {

    private Area() {
    }

    /** Area ROUTE: route keys, precedence, automatic answers, path decoding, handlers, tables. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("route")
    public @interface Route {
    }

    /** Area BODY: body limits, raw bodies, binding by content type, Bean Validation. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("body")
    public @interface Body {
    }

    /** Area RESP: response limits, strict mode, response helpers. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("resp")
    public @interface Resp {
    }

    /** Area CORS: policies, preflights, response headers. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("cors")
    public @interface Cors {
    }

    /** Area LOG: access-log lines, formats and request ids. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("log")
    public @interface Log {
    }

    /** Area RUNTIME, with RESP-3: runtimes, streaming, regions, time limits, later answers. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("runtime")
    public @interface Runtime {
    }

    /** Area AUTH: JWT, custom and container authorizers. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("auth")
    public @interface Auth {
    }

    /** Area LIMIT: rate limits. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("limit")
    public @interface Limit {
    }

    /** Area DOMAIN: APIs bound to domains, shared domains, API URLs. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("domain")
    public @interface Domain {
    }

    /** Area WS: WebSocket routes, connections and the {@code @connections} endpoint. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("websocket")
    public @interface WebSocket {
    }

    /** Area GQL: GraphQL routes. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("graphql")
    public @interface GraphQL {
    }

    /** Area JAXRS: the web application's own JAX-RS applications beside Waymark. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ArquillianExtension.class)
    @Tag("jaxrs")
    public @interface Jaxrs {
    }
}
