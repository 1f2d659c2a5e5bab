package dev.waymark.tck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.domain.app.ChatApi;
import dev.waymark.tck.domain.app.ConfiguredApi;
import dev.waymark.tck.domain.app.CoreApi;
import dev.waymark.tck.domain.app.DomainTableProducer;
import dev.waymark.tck.domain.app.PlainApi;
import dev.waymark.tck.domain.app.TenantsApi;

/** Custom domains and API URLs (DOMAIN-1, DOMAIN-2): requests are sent with a chosen Host header. */
@Area.Domain
class CustomDomainIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        String config = """
                waymark.url=http://waymark.test/app
                waymark.api.billing.url=https://billing.example.test/v1
                waymark.api.configured.domain=configured.example.test
                """;
        return Deployments.war("domain", CoreApi.class, ChatApi.class, TenantsApi.class, PlainApi.class, ConfiguredApi.class,
                DomainTableProducer.class).addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    /** Several APIs share a domain on different base paths. */
    @Assertion("DOMAIN-1-2")
    void apisShareADomainOnBasePaths() {
        assertEquals("core", ok("api.example.test", "/core/hello"));
        assertEquals("chat", ok("api.example.test", "/chat/hello"));
    }

    /** Other hosts reach the APIs bound to no domain, and a domain reaches only its own APIs. */
    @Assertion("DOMAIN-1-2")
    void otherHostsReachUnboundApis() {
        assertEquals("plain", ok("localhost", "/core/hello"));
        assertEquals("plain", ok("unknown.example.test", "/core/hello"));
        assertEquals(404, raw("api.example.test", "/whoami").status());
        assertEquals(404, raw("localhost", "/chat/hello").status());
    }

    /** Hosts are compared ignoring case and port. */
    @Assertion("DOMAIN-1-1")
    void hostsIgnoreCaseAndPort() {
        assertEquals("core", ok("API.Example.TEST:8443", "/core/hello"));
    }

    /** A wildcard domain takes every sub-domain, not the domain itself. */
    @Assertion("DOMAIN-1-1")
    void wildcardDomainsTakeSubDomains() {
        assertEquals("acme", ok("acme.tenants.example.test", "/whoami"));
        assertEquals("eu", ok("eu.tenants.example.test:8080", "/whoami"));
        assertEquals(404, raw("tenants.example.test", "/whoami").status());
    }

    /** Configuration binds an API to a domain, and a table binds in code. */
    @Assertion("DOMAIN-1-1")
    void configurationAndTablesBindDomains() {
        assertEquals("configured", ok("configured.example.test", "/configured/hello"));
        assertEquals(404, raw("localhost", "/configured/hello").status());
        assertEquals("table", ok("tables.example.test", "/core/hello"));
    }

    /** APIs know their own and each other's URLs, on the base URL and on their domain. */
    @Assertion({"DOMAIN-2-1", "DOMAIN-2-2"})
    void apisKnowTheirUrls() {
        Http.RawResponse links = raw("api.example.test", "/core/links");
        assertEquals(200, links.status(), links.body());
        JsonObject urls = Problems.json(links.body());
        assertEquals("http://waymark.test/app/chat", urls.getString("chat"));
        assertEquals("https://api.example.test/chat", urls.getString("chatOnDomain"));
        assertEquals("https://billing.example.test/v1", urls.getString("billing"));
        assertEquals("none", urls.getString("tenantsOnDomain"));
    }

    private String ok(String host, String path) {
        Http.RawResponse response = raw(host, path);
        assertEquals(200, response.status(), host + " " + path + ": " + response.body());
        return response.body();
    }

    private Http.RawResponse raw(String host, String path) {
        return Http.at(base).raw("GET", path, host);
    }
}
