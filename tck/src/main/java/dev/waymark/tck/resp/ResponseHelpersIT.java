package dev.waymark.tck.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.ParameterizedAssertion;
import dev.waymark.tck.resp.app.HelpersApi;

/** Response helpers: redirects, cookies, headers and bodies (RESP-2). */
@Area.Resp
class ResponseHelpersIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("response-helpers", HelpersApi.class);
    }

    /** Every redirect status sends its status and an absolute target as given. */
    @ParameterizedAssertion("RESP-2-1")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectStatuses(int status) {
        HttpResponse<String> response = Http.at(base).get("/helpers/redirect/" + status);
        assertEquals(status, response.statusCode());
        assertEquals("https://example.com/moved?from=" + status, response.headers().firstValue("Location").orElse(""));
    }

    /** A relative target resolves against the request; a status that is not a redirect is refused. */
    @Assertion("RESP-2-1")
    void relativeTargetsAndBadStatuses() {
        Http http = Http.at(base);
        HttpResponse<String> relative = http.get("/helpers/relative");
        assertEquals(307, relative.statusCode());
        assertEquals(http.uri("/elsewhere?x=1"), http.uri("/helpers/relative").resolve(relative.headers().firstValue("Location").orElse("")));
        assertEquals(500, http.get("/helpers/redirect/200").statusCode());
    }

    /** CR and LF never reach a header. */
    @Assertion("RESP-2-1")
    void headerInjectionIsRefused() {
        HttpResponse<String> response = Http.at(base).get("/helpers/injection");
        assertEquals("refused", response.body());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    }

    /** A cookie carries every attribute; custom and Cache-Control headers are sent. */
    @Assertion("RESP-2-2")
    void cookieAttributesAndHeaders() {
        HttpResponse<String> response = Http.at(base).get("/helpers/cookie");
        assertEquals(200, response.statusCode());
        String cookie = response.headers().firstValue("Set-Cookie").orElse("");
        String lower = cookie.toLowerCase(Locale.ROOT);
        assertTrue(cookie.startsWith("session=abc123"), cookie);
        for (String attribute : new String[] {"path=/helpers", "domain=example.test", "max-age=3600", "secure", "httponly", "samesite=strict"}) {
            assertTrue(lower.contains(attribute), () -> "Set-Cookie lacks " + attribute + ": " + cookie);
        }
        assertEquals("private, max-age=60", response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("helpers", response.headers().firstValue("X-Request-Kind").orElse(""));
        assertEquals("ok", response.body());
    }

    /** Send writes bytes as octet-stream and a stream with the type the handler set. */
    @Assertion("RESP-2-3")
    void sendWritesBytesAndStreams() {
        Http http = Http.at(base);
        HttpResponse<String> bytes = http.get("/helpers/bytes");
        assertTrue(bytes.headers().firstValue("Content-Type").orElse("").startsWith("application/octet-stream"));
        assertEquals(3, bytes.body().length());
        HttpResponse<String> stream = http.get("/helpers/stream");
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("a,b\n1,2\n", stream.body());
    }
}
