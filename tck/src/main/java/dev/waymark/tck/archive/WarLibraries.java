package dev.waymark.tck.archive;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The jars a runner puts into each web archive the TCK deploys, for a server that does not provide
 * the implementation. The runner names them in two system properties, each a list of jar files
 * separated by the platform's path separator (what {@code maven-dependency-plugin}'s
 * {@code build-classpath} goal writes):
 * <ul>
 * <li>{@value #LIBRARIES}: added to {@code WEB-INF/lib} of every web archive;</li>
 * <li>{@value #GRAPHQL_LIBRARIES}: added as well to the archives of area GQL, whose applications
 * need what no server ships (a GraphQL engine).</li>
 * </ul>
 * A property that is not set, or empty, adds nothing: a runtime that provides the implementation
 * deploys the archives as the tests build them. A jar already in {@code WEB-INF/lib} is left alone.
 */
public final class WarLibraries {

    /** The system property naming the jars every web archive carries. */
    public static final String LIBRARIES = "waymark.tck.libraries";

    /** The system property naming the jars the archives of area GQL carry as well. */
    public static final String GRAPHQL_LIBRARIES = "waymark.tck.graphql-libraries";

    /** Where the classes of area GQL's applications are, in a web archive. */
    static final String GRAPHQL_APPLICATIONS = "/WEB-INF/classes/dev/waymark/tck/graphql/";

    private final List<File> libraries;
    private final List<File> graphqlLibraries;

    private WarLibraries(List<File> libraries, List<File> graphqlLibraries) {
        this.libraries = libraries;
        this.graphqlLibraries = graphqlLibraries;
    }

    /**
     * The jars the given properties name.
     *
     * @param properties a property's value by its name, or {@code null} where it is not set
     * @return the jars
     * @throws IllegalArgumentException if a property names something that is not a jar file
     */
    static WarLibraries from(UnaryOperator<String> properties) {
        return new WarLibraries(jars(LIBRARIES, properties.apply(LIBRARIES)),
                jars(GRAPHQL_LIBRARIES, properties.apply(GRAPHQL_LIBRARIES)));
    }

    /**
     * Adds the jars to a web archive.
     *
     * @param war the archive, changed in place
     */
    void addTo(WebArchive war) {
        addAll(war, libraries);
        if (war.getContent().keySet().stream().anyMatch(path -> path.get().startsWith(GRAPHQL_APPLICATIONS))) {
            addAll(war, graphqlLibraries);
        }
    }

    private static void addAll(WebArchive war, List<File> jars) {
        for (File jar : jars) {
            if (!war.contains("WEB-INF/lib/" + jar.getName())) {
                war.addAsLibrary(jar);
            }
        }
    }

    private static List<File> jars(String property, String value) {
        List<File> jars = new ArrayList<>();
        if (value == null) {
            return jars;
        }
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            File jar = new File(entry.strip());
            if (!jar.isFile() || !jar.getName().endsWith(".jar")) {
                throw new IllegalArgumentException(property + " names " + jar + ", which is not a jar file"
                        + " (a module's classes folder is a jar only once the module is packaged)");
            }
            jars.add(jar);
        }
        return jars;
    }
}
