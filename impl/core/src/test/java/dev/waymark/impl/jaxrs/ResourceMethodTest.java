package dev.waymark.impl.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ResourceMethodTest {

    @Path("/orders/")
    static class Orders {

        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("{id: [0-9]+}/lines/{line}")
        public String line() {
            return "";
        }

        @POST
        @Path("{id : \\d{1,9}}")
        public String replace() {
            return "";
        }

        @Path("items")
        public Object locator() {
            return null;
        }
    }

    private static ResourceMethod of(String name) throws NoSuchMethodException {
        return ResourceMethod.of(Orders.class, Orders.class.getMethod(name));
    }

    @Test
    void theKeyIsTheMethodAndTheTemplateWithoutRegularExpressions() throws Exception {
        assertEquals("GET /orders", of("list").key());
        assertEquals("GET /orders/{id}/lines/{line}", of("line").key());
        assertEquals("POST /orders/{id}", of("replace").key());
        assertEquals("ANY /orders/items", of("locator").key());
        assertEquals("Orders#line", of("line").where());
    }

    @Test
    void thePatternKeepsTheRegularExpressions() throws Exception {
        assertTrue(of("line").pattern().matcher("/orders/42/lines/a").matches());
        assertTrue(of("list").pattern().matcher("/orders/").matches());
        assertFalse(of("line").pattern().matcher("/orders/x/lines/a").matches());
        assertTrue(of("replace").pattern().matcher("/orders/123").matches());
        assertFalse(of("replace").pattern().matcher("/orders/1234567890").matches());
    }
}
