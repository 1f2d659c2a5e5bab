package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.auth.TokenIssuer;
import dev.waymark.tck.jaxrs.app.SecureApplication;
import dev.waymark.tck.jaxrs.app.VaultResource;

/** Waymark's settings declared on the {@code Application} subclass apply to all its resources (JAXRS-2-7). */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsApplicationSettingsIT {

    private static final TokenIssuer ISSUER = TokenIssuer.start();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("jaxrs-application-settings", SecureApplication.class, VaultResource.class)
                .addAsResource(new StringAsset(ISSUER.config()), "META-INF/microprofile-config.properties");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop();
    }

    /** The application's authorizer guards a resource that declares nothing; a method may open itself. */
    @Assertion("JAXRS-2-7")
    void theApplicationsAuthorizerGuardsItsResources() {
        Http http = Http.at(base);
        Problems.assertProblem(http.get("/secure/vault"), 401, "unauthorized");
        assertEquals("vault of ada", http.send("GET", "/secure/vault", null, "Authorization", "Bearer " + ISSUER.token("ada", "profile")).body());
        assertEquals("ok", http.ok("/secure/vault/health"));
    }

    /** The application's body limit applies unless a method or its class declares its own. */
    @Assertion("JAXRS-2-7")
    void theApplicationsBodyLimitAppliesUnderTheResources() {
        Http http = Http.at(base);
        String token = "Bearer " + ISSUER.token("ada", "profile");
        Problems.assertProblem(http.send("POST", "/secure/vault", "x".repeat(2000), "Authorization", token, "Content-Type", "text/plain"),
                413, "body-too-large");
        assertEquals("2000", http.send("POST", "/secure/vault/large", "x".repeat(2000), "Authorization", token, "Content-Type",
                "text/plain").body());
    }
}
