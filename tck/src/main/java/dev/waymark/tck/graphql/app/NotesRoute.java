package dev.waymark.tck.graphql.app;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import dev.waymark.Api;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.auth.Identity;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.graphql.Resolver;
import dev.waymark.graphql.ResolverContext;
import dev.waymark.tck.auth.app.KeyAuthorizer;

/** A schema-first GraphQL route guarded by the key authorizer, with a depth limit of 3. */
// tag::schema-first[]
@Api(name = "gql-notes", basePath = "/notes")
@GraphQLRoute(value = "/graphql", schema = "dev/waymark/tck/graphql/notes.graphql", maxDepth = 3)
@CustomAuthorizer(name = "key", authorizer = KeyAuthorizer.class, identitySources = "$request.header.X-Api-Key")
@Authorize("key")
public class NotesRoute {

    @Resolver("Query notes")
    public List<Notes.Note> notes() {
        return Notes.all();
    }

    @Resolver("Query note")
    public Notes.Note note(@Name("id") String id) {
        return Notes.find(id);
    }

    @Resolver("Query  whoami")
    public String whoami(Identity caller) {
        return caller.principal();
    }

    @Resolver("Mutation addNote")
    public Notes.Note addNote(@Name("text") String text) {
        return Notes.add(text);
    }

    @Resolver("Note related")
    public List<Notes.Note> related(ResolverContext context) {
        return Notes.relatedTo(context.source(Notes.Note.class));
    }
}
// end::schema-first[]
