package dev.waymark.tck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarLibrariesTest {

    @TempDir
    Path folder;

    @Test
    void everyArchiveGetsTheLibrariesAndOnlyGraphQLArchivesGetTheGraphQLLibraries() throws IOException {
        File core = jar("impl-core.jar");
        File jwt = jar("impl-jwt.jar");
        File engine = jar("graphql-engine.jar");
        WarLibraries libraries = WarLibraries.from(Map.of(
                WarLibraries.LIBRARIES, core + File.pathSeparator + jwt,
                WarLibraries.GRAPHQL_LIBRARIES, engine.toString())::get);

        WebArchive routes = ShrinkWrap.create(WebArchive.class, "routes.war")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "classes/dev/waymark/tck/route/Api.class");
        libraries.addTo(routes);
        assertTrue(routes.contains("WEB-INF/lib/impl-core.jar"));
        assertTrue(routes.contains("WEB-INF/lib/impl-jwt.jar"));
        assertFalse(routes.contains("WEB-INF/lib/graphql-engine.jar"));

        WebArchive books = ShrinkWrap.create(WebArchive.class, "books.war")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "classes/dev/waymark/tck/graphql/Books.class");
        libraries.addTo(books);
        assertTrue(books.contains("WEB-INF/lib/impl-core.jar"));
        assertTrue(books.contains("WEB-INF/lib/graphql-engine.jar"));
    }

    @Test
    void aJarTheArchiveAlreadyHasIsLeftAlone() throws IOException {
        File core = jar("impl-core.jar");
        WebArchive war = ShrinkWrap.create(WebArchive.class, "own.war")
                .addAsLibrary(EmptyAsset.INSTANCE, "impl-core.jar");
        WarLibraries.from(Map.of(WarLibraries.LIBRARIES, core.toString())::get).addTo(war);
        assertEquals(0, war.get("WEB-INF/lib/impl-core.jar").getAsset().openStream().readAllBytes().length);
    }

    @Test
    void noPropertiesAddNothing() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "plain.war");
        WarLibraries.from(name -> null).addTo(war);
        WarLibraries.from(name -> " ").addTo(war);
        assertFalse(war.contains("WEB-INF/lib"));
    }

    @Test
    void aClassesFolderOrAMissingFileIsRefusedNamingTheProperty() {
        String folderValue = folder.toString();
        IllegalArgumentException folderError = assertThrows(IllegalArgumentException.class,
                () -> WarLibraries.from(Map.of(WarLibraries.LIBRARIES, folderValue)::get));
        assertTrue(folderError.getMessage().startsWith(WarLibraries.LIBRARIES + " names " + folderValue),
                folderError.getMessage());

        String missing = folder.resolve("missing.jar").toString();
        IllegalArgumentException missingError = assertThrows(IllegalArgumentException.class,
                () -> WarLibraries.from(Map.of(WarLibraries.GRAPHQL_LIBRARIES, missing)::get));
        assertTrue(missingError.getMessage().startsWith(WarLibraries.GRAPHQL_LIBRARIES + " names " + missing),
                missingError.getMessage());
    }

    private File jar(String name) throws IOException {
        File file = folder.resolve(name).toFile();
        ShrinkWrap.create(JavaArchive.class, name).addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .as(ZipExporter.class).exportTo(file);
        assertTrue(Files.size(file.toPath()) > 0);
        return file;
    }
}
