package dev.waymark.impl.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import jakarta.ws.rs.core.Application;

import org.junit.jupiter.api.Test;

class ResourceSettingsTest {

    static class ShopApplication extends Application {
    }

    /** A JAX-RS implementation's wrapper of an application, as Jersey's {@code ResourceConfig} is. */
    public static class Wrapper extends Application {

        private final Application wrapped;

        Wrapper(Application wrapped) {
            this.wrapped = wrapped;
        }

        public Application getApplication() {
            return wrapped;
        }
    }

    /** A wrapper that wraps nothing else gives itself, as a plain {@code ResourceConfig} does. */
    public static class Itself extends Application {

        public Application getApplication() {
            return this;
        }
    }

    @Test
    void theApplicationsOwnClassIsFoundThroughWrappers() {
        assertEquals(Optional.of(ShopApplication.class), ResourceSettings.applicationClass(new ShopApplication()));
        assertEquals(Optional.of(ShopApplication.class), ResourceSettings.applicationClass(new Wrapper(new Wrapper(new ShopApplication()))));
        assertEquals(Optional.of(Itself.class), ResourceSettings.applicationClass(new Itself()));
        assertEquals(Optional.empty(), ResourceSettings.applicationClass(null));
    }
}
