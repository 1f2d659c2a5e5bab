package dev.waymark.tck.route;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.route.bad.ClashingApi;
import dev.waymark.tck.route.bad.MalformedKeyApi;
import dev.waymark.tck.route.bad.NamesakeApis;
import dev.waymark.tck.route.bad.ProbeApi;
import dev.waymark.tck.route.bad.RelativeBasePathApi;
import dev.waymark.tck.route.bad.StaticHandlerApi;
import dev.waymark.tck.route.bad.TwoBodiesApi;
import dev.waymark.tck.route.bad.UnknownParameterApi;

/** Declaration errors fail the whole deployment with a message that names them (ROUTE-2-3, ROUTE-3-3, ROUTE-6-1, ROUTE-7-6). */
@Area.Route
class RouteDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "clash", managed = false, testable = false)
    static WebArchive clash() {
        return Deployments.war("route-clash", ClashingApi.class, ProbeApi.class);
    }

    @Deployment(name = "malformed", managed = false, testable = false)
    static WebArchive malformed() {
        return Deployments.war("route-malformed", MalformedKeyApi.class, ProbeApi.class);
    }

    @Deployment(name = "unknown-parameter", managed = false, testable = false)
    static WebArchive unknownParameter() {
        return Deployments.war("route-unknown-parameter", UnknownParameterApi.class, ProbeApi.class);
    }

    @Deployment(name = "relative-base-path", managed = false, testable = false)
    static WebArchive relativeBasePath() {
        return Deployments.war("route-relative-base-path", RelativeBasePathApi.class, ProbeApi.class);
    }

    @Deployment(name = "namesakes", managed = false, testable = false)
    static WebArchive namesakes() {
        return Deployments.war("route-namesakes", NamesakeApis.class, NamesakeApis.First.class, NamesakeApis.Second.class, ProbeApi.class);
    }

    @Deployment(name = "static-handler", managed = false, testable = false)
    static WebArchive staticHandler() {
        return Deployments.war("route-static-handler", StaticHandlerApi.class, ProbeApi.class);
    }

    @Deployment(name = "two-bodies", managed = false, testable = false)
    static WebArchive twoBodies() {
        return Deployments.war("route-two-bodies", TwoBodiesApi.class, ProbeApi.class);
    }

    /** Two routes of the same method and shape; the error names both. */
    @Assertion("ROUTE-3-3")
    void clashingRoutesFailDeploymentNamingBoth() {
        Deployments.assertDeploymentFails(deployer, "clash", "GET /notes/{id}", "GET /notes/[noteId]");
    }

    /** A malformed key; the error names the key. */
    @Assertion("ROUTE-2-3")
    void malformedKeyFailsDeploymentNamingIt() {
        Deployments.assertDeploymentFails(deployer, "malformed", "GET /notes/{id");
    }

    /** A path parameter the key does not declare. */
    @Assertion("ROUTE-7-6")
    void unknownPathParameterFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "unknown-parameter", "noteId");
    }

    /** Two body parameters. */
    @Assertion("ROUTE-7-6")
    void twoBodyParametersFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "two-bodies", "body");
    }

    /** A base path that does not start with a slash; the error names it. */
    @Assertion("ROUTE-1-1")
    void relativeBasePathFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "relative-base-path", "relative");
    }

    /** Two APIs of one application with the same name; the error names the name. */
    @Assertion("ROUTE-1-1")
    void twoApisOfOneNameFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "namesakes", "twin");
    }

    /** A static handler method; the error names the method. */
    @Assertion("ROUTE-1-2")
    void staticHandlerFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "static-handler", "StaticHandlerApi", "up");
    }
}
