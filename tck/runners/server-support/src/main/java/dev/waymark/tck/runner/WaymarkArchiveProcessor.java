package dev.waymark.tck.runner;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds the implementation ({@code waymark-impl-core} and {@code waymark-impl-jwt}, with the
 * libraries they need, and for the GraphQL applications {@code waymark-impl-graphql} with SmallRye
 * GraphQL) and the API
 * ({@code waymark-api}) to {@code WEB-INF/lib} of every web archive the TCK deploys. Both are taken from where their
 * classes were loaded on the test class path: a jar, or a {@code target/classes} folder.
 * Arquillian calls application archive processors for testable deployments only; the TCK's are
 * all {@code testable = false}, so {@link NonTestableDeployments} calls this one for those.
 * Adding is idempotent: a library already in {@code WEB-INF/lib} is left alone.
 */
public class WaymarkArchiveProcessor implements ApplicationArchiveProcessor {

    /** A class of {@code waymark-impl-core}: its CDI portable extension. */
    static final String IMPLEMENTATION_CLASS = "dev.waymark.impl.cdi.WaymarkExtension";

    /** A class of {@code waymark-api}. */
    static final String API_CLASS = "dev.waymark.Api";

    /**
     * What the implementation needs that the servers do not all have: MIME Pull (multipart),
     * Bucket4j (rate limits), and for the JWT authorizers {@code waymark-impl-jwt} with SmallRye
     * JWT, jose4j, the MicroProfile JWT API, JBoss Logging and SLF4J's API. A class of each, to the
     * archive's name when the class is in a folder.
     */
    static final Map<String, String> LIBRARY_CLASSES = Map.of(
            "org.jvnet.mimepull.MIMEMessage", "mimepull",
            "io.github.bucket4j.Bucket", "bucket4j-core",
            "dev.waymark.impl.jwt.TokenExtension", "waymark-impl-jwt",
            "io.smallrye.jwt.auth.principal.DefaultJWTParser", "smallrye-jwt",
            "io.smallrye.jwt.algorithm.SignatureAlgorithm", "smallrye-jwt-common",
            "org.jose4j.jws.JsonWebSignature", "jose4j",
            "org.eclipse.microprofile.jwt.JsonWebToken", "microprofile-jwt-auth-api",
            "org.jboss.logging.Logger", "jboss-logging",
            "org.slf4j.LoggerFactory", "slf4j-api");

    /** Where the TCK's GraphQL applications are, in a web archive. */
    static final String GRAPHQL_APPLICATIONS = "/WEB-INF/classes/dev/waymark/tck/graphql/";

    /**
     * What GraphQL routes need, which no server ships (area GQL): {@code waymark-impl-graphql},
     * SmallRye GraphQL and what it brings (graphql-java, Jandex, Mutiny, Apollo federation's
     * support and its protobuf, Kotlin metadata for the schema builder). Added to the archives of
     * the TCK's GraphQL applications only.
     */
    static final Map<String, String> GRAPHQL_LIBRARY_CLASSES = Map.ofEntries(
            Map.entry("dev.waymark.impl.graphql.SmallRyeGraphQLEngine", "waymark-impl-graphql"),
            Map.entry("io.smallrye.graphql.execution.ExecutionService", "smallrye-graphql"),
            Map.entry("io.smallrye.graphql.api.Subscription", "smallrye-graphql-api"),
            Map.entry("io.smallrye.graphql.schema.model.Schema", "smallrye-graphql-schema-model"),
            Map.entry("io.smallrye.graphql.schema.SchemaBuilder", "smallrye-graphql-schema-builder"),
            Map.entry("io.smallrye.graphql.cdi.CdiLookupService", "smallrye-graphql-cdi"),
            Map.entry("io.smallrye.common.annotation.Blocking", "smallrye-common-annotation"),
            Map.entry("org.eclipse.microprofile.graphql.GraphQLApi", "microprofile-graphql-api"),
            Map.entry("graphql.GraphQL", "graphql-java"),
            Map.entry("graphql.scalars.ExtendedScalars", "graphql-java-extended-scalars"),
            Map.entry("org.dataloader.DataLoader", "java-dataloader"),
            Map.entry("org.reactivestreams.Publisher", "reactive-streams"),
            Map.entry("org.jspecify.annotations.Nullable", "jspecify"),
            Map.entry("com.apollographql.federation.graphqljava.Federation", "federation-graphql-java-support"),
            Map.entry("com.google.protobuf.Message", "protobuf-java"),
            Map.entry("io.smallrye.mutiny.Multi", "mutiny"),
            Map.entry("mutiny.zero.flow.adapters.AdaptersToFlow", "mutiny-zero-flow-adapters"),
            Map.entry("org.jctools.queues.MpscArrayQueue", "jctools-core"),
            Map.entry("org.jboss.jandex.Indexer", "jandex"),
            Map.entry("kotlin.metadata.jvm.KotlinClassMetadata", "kotlin-metadata-jvm"),
            Map.entry("kotlin.Unit", "kotlin-stdlib"));

    @Override
    public void process(Archive<?> archive, TestClass testClass) {
        if (!(archive instanceof WebArchive) && !archive.getName().endsWith(".war")) {
            return;
        }
        WebArchive war = archive.as(WebArchive.class);
        List<JavaArchive> libraries = new ArrayList<>(List.of(library(IMPLEMENTATION_CLASS, "waymark-impl-core"),
                library(API_CLASS, "waymark-api")));
        LIBRARY_CLASSES.forEach((className, name) -> libraries.add(library(className, name)));
        if (war.getContent().keySet().stream().anyMatch(path -> path.get().startsWith(GRAPHQL_APPLICATIONS))) {
            GRAPHQL_LIBRARY_CLASSES.forEach((className, name) -> libraries.add(library(className, name)));
        }
        for (JavaArchive library : libraries) {
            if (!war.contains("WEB-INF/lib/" + library.getName())) {
                war.addAsLibrary(library);
            }
        }
    }

    /**
     * The archive that holds a class on the test class path. The class is looked up as a resource,
     * not loaded: {@code WaymarkExtension} cannot be loaded here, its CDI supertypes are provided by
     * the server and are not on the test class path.
     *
     * @param className the class
     * @param name the archive's name when the class is in a folder
     * @return the archive
     */
    static JavaArchive library(String className, String name) {
        String resource = className.replace('.', '/') + ".class";
        URL url = WaymarkArchiveProcessor.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(className + " is not on the test class path");
        }
        File location;
        try {
            if ("jar".equals(url.getProtocol())) {
                location = new File(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
            } else if ("file".equals(url.getProtocol())) {
                String path = new File(url.toURI()).getPath();
                location = new File(path.substring(0, path.length() - resource.length()));
            } else {
                throw new IllegalStateException("Cannot use " + className + " from " + url);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where " + className + " is: " + url, e);
        }
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, name + ".jar").importDirectory(location).as(JavaArchive.class);
        }
        if (location.isFile()) {
            return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
        }
        throw new IllegalStateException(className + " is in " + location + ", which does not exist");
    }
}
