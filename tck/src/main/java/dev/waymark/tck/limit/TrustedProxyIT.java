package dev.waymark.tck.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.tck.limit.app.ThrottledApi;

/** Client addresses behind trusted proxies (LIMIT-2-1): every peer is trusted here, as behind a load balancer. */
@Area.Limit
class TrustedProxyIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("limit-proxies", ThrottledApi.class, KeyAuthorizer.class)
                .addAsResource(new StringAsset("waymark.trusted-proxies=0.0.0.0/0, ::/0\n"), "META-INF/microprofile-config.properties");
    }

    /** A trusted peer's X-Forwarded-For names the client, its nearest untrusted hop, and Forwarded wins. */
    @Assertion("LIMIT-2-1")
    void forwardedHeadersOfTrustedPeersNameTheClient() {
        assertEquals(200, get("X-Forwarded-For", "203.0.113.1").statusCode());
        Problems.assertProblem(get("X-Forwarded-For", "203.0.113.1"), 429, "rate-limited");
        assertEquals(200, get("X-Forwarded-For", "203.0.113.2").statusCode());
        assertEquals(200, get("Forwarded", "for=\"[2001:db8::7]:4711\"").statusCode());
        Problems.assertProblem(get("Forwarded", "for=\"[2001:db8::7]\""), 429, "rate-limited");
    }

    private HttpResponse<String> get(String... headers) {
        return Http.at(base).send("GET", "/throttled/forwarded", null, headers);
    }
}
