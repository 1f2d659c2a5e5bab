package dev.waymark.impl.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MountedRequestTest {

    @Test
    void thePathInTheApplicationIsTheSentPathAfterTheContextPath() {
        assertEquals(new MountedRequest("/shop", "/shop/orders/7", "/orders/7", "a=1"), MountedRequest.of("/shop", "/shop/orders/7", "a=1"));
        assertEquals(new MountedRequest("/shop", "/shop", "/", null), MountedRequest.of("/shop", "/shop", null));
        assertEquals(new MountedRequest("", "/orders%2F7", "/orders%2F7", null), MountedRequest.of("", "/orders%2F7", null));
    }
}
