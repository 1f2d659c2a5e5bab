package dev.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;

import org.junit.jupiter.api.Test;

class AnnotationsTest {

    @Api
    static class Bare {
        @Route("GET /x")
        public void x() {
        }

        @CatchAll
        @BodyLimit
        @ResponseLimit
        public void fallback() {
        }
    }

    @Test
    void everyAnnotationIsReadAtRunTime() {
        for (Class<?> type : List.of(Api.class, Route.class, CatchAll.class, BodyLimit.class, ResponseLimit.class)) {
            assertEquals(RetentionPolicy.RUNTIME, type.getAnnotation(Retention.class).value(), type.getName());
        }
    }

    @Test
    void bareApiHasDefaultNameAndRootBasePath() {
        Api api = Bare.class.getAnnotation(Api.class);
        assertEquals("", api.name());
        assertEquals("/", api.basePath());
    }

    @Test
    void apiIsAnApplicationScopedStereotypeOnTypes() {
        assertTrue(Api.class.isAnnotationPresent(Stereotype.class));
        assertTrue(Api.class.isAnnotationPresent(ApplicationScoped.class));
        assertEquals(Set.of(ElementType.TYPE), Set.of(Api.class.getAnnotation(Target.class).value()));
    }

    @Test
    void limitsInheritByDefault() throws NoSuchMethodException {
        var fallback = Bare.class.getMethod("fallback");
        assertEquals("", fallback.getAnnotation(BodyLimit.class).value());
        assertTrue(fallback.getAnnotation(BodyLimit.class).parse());
        assertEquals("", fallback.getAnnotation(ResponseLimit.class).value());
        assertEquals(Set.of(ElementType.TYPE, ElementType.METHOD), Set.of(BodyLimit.class.getAnnotation(Target.class).value()));
    }

    @Test
    void routesAreOnMethodsOnly() {
        assertEquals(Set.of(ElementType.METHOD), Set.of(Route.class.getAnnotation(Target.class).value()));
        assertEquals(Set.of(ElementType.METHOD), Set.of(CatchAll.class.getAnnotation(Target.class).value()));
        assertFalse(Route.class.isAnnotationPresent(Stereotype.class));
    }
}
