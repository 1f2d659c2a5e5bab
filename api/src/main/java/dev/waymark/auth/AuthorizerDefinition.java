package dev.waymark.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An authorizer of a route table, the programmatic counterpart of {@link JwtAuthorizer},
 * {@link CustomAuthorizer} and {@link ContainerAuthorizer} [AUTH-1-1]. Immutable: each method
 * returns a new instance. A setting that does not belong to the definition's kind (an issuer on a
 * custom authorizer, say) throws {@link IllegalStateException}.
 *
 * <pre>
 * RouteTable table = RouteTable.create("notes", "/", RouteOptions.defaults().authorizer("auth0"))
 *         .authorizer(AuthorizerDefinition.jwt("auth0")
 *                 .issuer("https://example.auth0.com/").audiences("notes")
 *                 .jwksUrl("https://example.auth0.com/.well-known/jwks.json"))
 *         .add("GET /health", RouteOptions.defaults().authorizer(Authorize.NONE), (request, response) -&gt; "ok");
 * </pre>
 *
 * @since 0.1
 */
public final class AuthorizerDefinition {

    /** The kinds of authorizer. */
    public enum Kind {
        /** A {@link JwtAuthorizer}. */
        JWT,
        /** A {@link CustomAuthorizer}. */
        CUSTOM,
        /** A {@link ContainerAuthorizer}. */
        CONTAINER
    }

    private final Kind kind;
    private final String name;
    private Authorizer authorizer;
    private String issuer;
    private List<String> audiences = List.of();
    private String jwksUrl;
    private String publicKey;
    private String tokenHeader = "Authorization";
    private String tokenQueryParameter;
    private List<String> identitySources = List.of("$request.header.Authorization");
    private String resultTtl = "0s";
    private int denyStatus = 403;

    private AuthorizerDefinition(Kind kind, String name) {
        this.kind = kind;
        this.name = Objects.requireNonNull(name, "an authorizer needs a name");
    }

    /**
     * A JWT authorizer, as {@link JwtAuthorizer}.
     *
     * @param name its name in the API
     * @return the definition
     */
    public static AuthorizerDefinition jwt(String name) {
        return new AuthorizerDefinition(Kind.JWT, name);
    }

    /**
     * A custom authorizer, as {@link CustomAuthorizer}.
     *
     * @param name its name in the API
     * @param authorizer what decides
     * @return the definition
     */
    public static AuthorizerDefinition custom(String name, Authorizer authorizer) {
        AuthorizerDefinition definition = new AuthorizerDefinition(Kind.CUSTOM, name);
        definition.authorizer = Objects.requireNonNull(authorizer, "a custom authorizer needs an Authorizer");
        return definition;
    }

    /**
     * A container authorizer, as {@link ContainerAuthorizer}.
     *
     * @param name its name in the API
     * @return the definition
     */
    public static AuthorizerDefinition container(String name) {
        return new AuthorizerDefinition(Kind.CONTAINER, name);
    }

    /**
     * Sets the issuer, as {@link JwtAuthorizer#issuer()}.
     *
     * @param value the issuer
     * @return a new definition
     */
    public AuthorizerDefinition issuer(String value) {
        return with(Kind.JWT, "an issuer", d -> d.issuer = value);
    }

    /**
     * Sets the audiences, as {@link JwtAuthorizer#audiences()}.
     *
     * @param values the audiences
     * @return a new definition
     */
    public AuthorizerDefinition audiences(String... values) {
        List<String> list = List.of(values);
        return with(Kind.JWT, "audiences", d -> d.audiences = list);
    }

    /**
     * Sets the JWKS URL, as {@link JwtAuthorizer#jwksUrl()}.
     *
     * @param url the URL
     * @return a new definition
     */
    public AuthorizerDefinition jwksUrl(String url) {
        return with(Kind.JWT, "a JWKS URL", d -> d.jwksUrl = url);
    }

    /**
     * Sets the public key, as {@link JwtAuthorizer#publicKey()}.
     *
     * @param pem the PEM key
     * @return a new definition
     */
    public AuthorizerDefinition publicKey(String pem) {
        return with(Kind.JWT, "a public key", d -> d.publicKey = pem);
    }

    /**
     * Sets the header that carries the token, as {@link JwtAuthorizer#tokenHeader()}.
     *
     * @param header the header name
     * @return a new definition
     */
    public AuthorizerDefinition tokenHeader(String header) {
        return with(Kind.JWT, "a token header", d -> d.tokenHeader = header);
    }

    /**
     * Sets the query parameter that may carry the token, as {@link JwtAuthorizer#tokenQueryParameter()}.
     *
     * @param name the parameter name
     * @return a new definition
     */
    public AuthorizerDefinition tokenQueryParameter(String name) {
        return with(Kind.JWT, "a token query parameter", d -> d.tokenQueryParameter = name);
    }

    /**
     * Sets the identity sources, as {@link CustomAuthorizer#identitySources()}.
     *
     * @param sources the sources
     * @return a new definition
     */
    public AuthorizerDefinition identitySources(String... sources) {
        List<String> list = List.of(sources);
        return with(Kind.CUSTOM, "identity sources", d -> d.identitySources = list);
    }

    /**
     * Sets how long decisions are kept, as {@link CustomAuthorizer#resultTtl()}.
     *
     * @param duration such as {@code "5m"}
     * @return a new definition
     */
    public AuthorizerDefinition resultTtl(String duration) {
        return with(Kind.CUSTOM, "a result TTL", d -> d.resultTtl = duration);
    }

    /**
     * Sets the status of a deny, as {@link CustomAuthorizer#denyStatus()}.
     *
     * @param status 401 or 403
     * @return a new definition
     */
    public AuthorizerDefinition denyStatus(int status) {
        return with(Kind.CUSTOM, "a deny status", d -> d.denyStatus = status);
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What decides, for a custom authorizer.
     *
     * @return the authorizer, or empty for other kinds
     */
    public Optional<Authorizer> authorizer() {
        return Optional.ofNullable(authorizer);
    }

    /**
     * The issuer, if set.
     *
     * @return the issuer
     */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /**
     * The audiences.
     *
     * @return the audiences; empty if none are set
     */
    public List<String> audiences() {
        return audiences;
    }

    /**
     * The JWKS URL, if set.
     *
     * @return the URL
     */
    public Optional<String> jwksUrl() {
        return Optional.ofNullable(jwksUrl);
    }

    /**
     * The public key, if set.
     *
     * @return the PEM key
     */
    public Optional<String> publicKey() {
        return Optional.ofNullable(publicKey);
    }

    /**
     * The header that carries the token.
     *
     * @return the header name
     */
    public String tokenHeader() {
        return tokenHeader;
    }

    /**
     * The query parameter that may carry the token, if set.
     *
     * @return the parameter name
     */
    public Optional<String> tokenQueryParameter() {
        return Optional.ofNullable(tokenQueryParameter);
    }

    /**
     * The identity sources.
     *
     * @return the sources
     */
    public List<String> identitySources() {
        return identitySources;
    }

    /**
     * How long decisions are kept.
     *
     * @return the duration
     */
    public String resultTtl() {
        return resultTtl;
    }

    /**
     * The status of a deny.
     *
     * @return the status
     */
    public int denyStatus() {
        return denyStatus;
    }

    private AuthorizerDefinition with(Kind required, String what, Consumer<AuthorizerDefinition> change) {
        if (kind != required) {
            throw new IllegalStateException("Authorizer " + name + " is a " + kind + " authorizer, which takes no " + what);
        }
        AuthorizerDefinition copy = new AuthorizerDefinition(kind, name);
        copy.authorizer = authorizer;
        copy.issuer = issuer;
        copy.audiences = audiences;
        copy.jwksUrl = jwksUrl;
        copy.publicKey = publicKey;
        copy.tokenHeader = tokenHeader;
        copy.tokenQueryParameter = tokenQueryParameter;
        copy.identitySources = identitySources;
        copy.resultTtl = resultTtl;
        copy.denyStatus = denyStatus;
        change.accept(copy);
        return copy;
    }
}
