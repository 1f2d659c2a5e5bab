package dev.waymark.tck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
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
import dev.waymark.tck.runtime.app.RegionsApi;

/** Routes restricted to regions (RUNTIME-3). The node is configured in region iad1; sfo1 has a URL. */
@Area.Runtime
class RuntimeRegionsIT {

    private static final String SFO1 = "https://sfo1.example.test/app";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("runtime-regions", RegionsApi.class)
                .addAsResource(new StringAsset("waymark.region=iad1\nwaymark.regions.sfo1.url=" + SFO1 + "/\n"),
                        "META-INF/microprofile-config.properties");
    }

    /** Routes without regions, and routes listing the node's region, are served. */
    @Assertion("RUNTIME-3-1")
    void routesOfThisRegionAreServed() {
        Http http = Http.at(base);
        assertEquals("everywhere", http.ok("/regional/everywhere"));
        assertEquals("here", http.ok("/regional/here"));
    }

    /** A route of other regions redirects 307 to the first listed region with a URL, path and query kept. */
    @Assertion("RUNTIME-3-2")
    void routesOfOtherRegionsRedirect() {
        Http http = Http.at(base);
        HttpResponse<String> west = http.get("/regional/west/a%20b?x=1&y=2");
        assertEquals(307, west.statusCode());
        assertEquals(SFO1 + "/regional/west/a%20b?x=1&y=2", west.headers().firstValue("Location").orElse(""));
        HttpResponse<String> post = http.send(http.request("/regional/standard-west").POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(307, post.statusCode());
        assertEquals(SFO1 + "/regional/standard-west", post.headers().firstValue("Location").orElse(""));
    }

    /** A route of other regions none of which has a URL answers a 404 problem. */
    @Assertion("RUNTIME-3-3")
    void routesOfUnreachableRegionsAre404() {
        Problems.assertProblem(Http.at(base).get("/regional/nowhere"), 404, "region-not-served");
    }
}
