package dev.waymark.examples.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop as a WAR on an application server: its classes, its {@code beans.xml} and configuration,
 * the H2 driver, and Waymark's implementation (which the server runner adds to every archive, as an
 * application's build puts {@code waymark-impl-core} into {@code WEB-INF/lib}).
 */
@ExtendWith(ArquillianExtension.class)
class ShopWarIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShrinkWrap.create(WebArchive.class, "orders-jaxrs.war")
                .addClasses(ShopApplication.class, Order.class, NewOrder.class, OrderNotFoundException.class, OrderNotFoundMapper.class,
                        OrderStore.class, OrdersResource.class, AdminResource.class, StaffKeyAuthorizer.class)
                .addAsWebInfResource(ShopWarIT.class.getResource("/META-INF/beans.xml"), "beans.xml")
                .addAsResource(ShopWarIT.class.getResource("/META-INF/microprofile-config.properties"),
                        "META-INF/microprofile-config.properties")
                .addAsLibrary(jarOf("org.h2.Driver"));
    }

    @Test
    void theShopAndWaymarksRefusalsWorkOnTheServer() {
        HttpResponse<String> placed = send(post("{\"customer\":\"ada\",\"item\":\"lamp\",\"quantity\":2}"));
        assertEquals(201, placed.statusCode(), placed.body());
        assertTrue(placed.headers().firstValue("RateLimit-Limit").isPresent(), placed.headers().toString());
        assertTrue(placed.headers().firstValue("X-Request-Id").isPresent(), placed.headers().toString());

        HttpResponse<String> missing = send(request("api/orders/424242").build());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("order-not-found"), missing.body());

        HttpResponse<String> tooBig = send(post("{\"customer\":\"ada\",\"item\":\"" + "x".repeat(5000) + "\",\"quantity\":1}"));
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(tooBig.body().contains("body-too-large"), tooBig.body());

        HttpResponse<String> invalid = send(post("{\"customer\":\"ada\",\"item\":\"lamp\",\"quantity\":0}"));
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("validation-failed"), invalid.body());

        HttpResponse<String> anonymous = send(request("api/admin/orders/1").DELETE().build());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(204, send(request("api/admin/orders/1").header("X-Staff-Key", "demo-staff-key").DELETE().build()).statusCode());
    }

    private HttpRequest.Builder request(String path) {
        try {
            return HttpRequest.newBuilder(base.toURI().resolve(path));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest post(String json) {
        return request("api/orders").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The jar on the test's class path that holds a class. */
    private static File jarOf(String className) {
        try {
            return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("No jar of " + className + " on the class path", e);
        }
    }
}
