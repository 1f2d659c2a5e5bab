package dev.waymark.tck.graphql;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.graphql.bad.UnknownResolverRoute;
import dev.waymark.tck.graphql.bad.UnresolvedFieldRoute;
import dev.waymark.tck.route.bad.ProbeApi;

/** Schema-first routes whose resolvers do not match their schema fail deployment (GQL-3-2). */
@Area.GraphQL
class GraphQLDeploymentIT {

    private static final String SCHEMA = "dev/waymark/tck/graphql/unresolved.graphql";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "unknown-resolver", managed = false, testable = false)
    static WebArchive unknownResolver() {
        return Deployments.war("gql-unknown-resolver", UnknownResolverRoute.class, ProbeApi.class).addAsResource(SCHEMA);
    }

    @Deployment(name = "unresolved-field", managed = false, testable = false)
    static WebArchive unresolvedField() {
        return Deployments.war("gql-unresolved-field", UnresolvedFieldRoute.class, ProbeApi.class).addAsResource(SCHEMA);
    }

    /** A resolver key that names no field of the schema fails deployment, naming it. */
    @Assertion("GQL-3-2")
    void unknownResolverKeysFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "unknown-resolver", "'Query nope'", "field nope");
    }

    /** A root field without a resolver fails deployment, naming it. */
    @Assertion("GQL-3-2")
    void unresolvedRootFieldsFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "unresolved-field", "Query forgotten");
    }
}
