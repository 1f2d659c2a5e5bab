package dev.waymark.impl.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import dev.waymark.ApiRequest;
import dev.waymark.auth.Identity;
import dev.waymark.FormPart;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.log.AccessRecord;
import dev.waymark.impl.route.PathParameters;

/** The request handed to handlers, read lazily from the container's request. */
public final class DefaultApiRequest implements ApiRequest {

    private static final byte[] EMPTY = new byte[0];

    private final String method;
    private final String path;
    private final String rawQuery;
    private final String routeKey;
    private final AccessRecord access;
    private final Identity identity;
    private final PathParameters parameters;
    private final MultivaluedMap<String, String> headers;
    private final Exchange exchange;
    private Map<String, String> cookies;
    private final InputStream entity;
    private final boolean parse;
    private final JsonLimits jsonLimits;
    private Map<String, List<String>> query;
    private Map<String, List<String>> form;
    private List<FormPart> parts;
    private byte[] body;
    private boolean streamTaken;

    /**
     * Creates the request.
     *
     * @param exchange what the container received
     * @param routeKey the key of the matched route
     * @param parameters the path parameters of the matched route
     * @param settings the route's settings: its body limit, whether its body may be parsed
     * @param identity the caller, as the route's authorizer established it, or null
     * @param jsonLimits the limits a JSON body is held to
     */
    public DefaultApiRequest(Exchange exchange, String routeKey, PathParameters parameters, RouteSettings settings,
            Identity identity, JsonLimits jsonLimits) {
        this.method = exchange.method();
        this.path = exchange.rawPath();
        this.rawQuery = exchange.rawQuery();
        this.headers = exchange.headers();
        this.exchange = exchange;
        this.entity = exchange.entity() == null ? InputStream.nullInputStream() : new LimitedInputStream(exchange.entity(), settings.bodyLimit());
        this.parse = settings.parseBody();
        this.jsonLimits = jsonLimits;
        this.routeKey = routeKey;
        this.parameters = parameters;
        this.access = exchange.access();
        this.identity = identity;
    }

    @Override
    public Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    /**
     * The path parameters of the matched route.
     *
     * @return the parameters
     */
    public PathParameters parameters() {
        return parameters;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String requestId() {
        return access.requestId();
    }

    @Override
    public String sourceIp() {
        return access.sourceIp();
    }

    @Override
    public String routeKey() {
        return routeKey;
    }

    @Override
    public String pathParam(String name) {
        return parameters.value(name);
    }

    @Override
    public List<String> pathSegments(String name) {
        return parameters.segments(name);
    }

    @Override
    public Map<String, String> pathParams() {
        return parameters.asMap();
    }

    @Override
    public Optional<String> query(String name) {
        List<String> values = queryParams().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public List<String> queryAll(String name) {
        return queryParams().getOrDefault(name, List.of());
    }

    @Override
    public Map<String, List<String>> queryParams() {
        if (query == null) {
            query = QueryString.parse(rawQuery);
        }
        return query;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    @Override
    public Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies().get(name));
    }

    @Override
    public Map<String, String> cookies() {
        if (cookies == null) {
            cookies = exchange.cookies();
        }
        return cookies;
    }

    @Override
    public byte[] body() {
        if (body == null) {
            if (streamTaken) {
                throw new IllegalStateException("The body stream was already taken with bodyStream()");
            }
            streamTaken = true;
            try (InputStream in = entity) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the request body failed", e);
            }
            if (body.length == 0) {
                body = EMPTY;
            }
        }
        return body;
    }

    @Override
    public String bodyAsString() {
        return new String(body(), charset());
    }

    @Override
    public <T> T bodyAs(Class<T> type) {
        return type.cast(bodyAsJson(type));
    }

    /**
     * The body read as JSON into a type. A body whose {@code Content-Type} is present and not JSON
     * ({@code application/json} or a {@code +json} type) is refused with a 415 problem.
     *
     * @param type the target type
     * @return the value, or null for an empty body
     * @throws IllegalStateException if body parsing is off for the route
     */
    public Object bodyAsJson(Type type) {
        checkParsing();
        String contentType = headers.getFirst("Content-Type");
        if (contentType != null && !MediaTypes.isJson(MediaTypes.parse(contentType, "the request body"))) {
            throw new ProblemException(Problem.unsupportedMediaType("The body of " + routeKey + " is read as JSON, not as "
                    + contentType.strip() + "; send Content-Type: application/json"));
        }
        byte[] bytes = body();
        return bytes.length == 0 ? null : JsonCodec.fromBytes(bytes, type, jsonLimits);
    }

    /**
     * The limits a JSON body is held to.
     *
     * @return the limits
     */
    public JsonLimits jsonLimits() {
        return jsonLimits;
    }

    @Override
    public Map<String, List<String>> form() {
        if (form == null) {
            MediaType media = formType("form fields");
            if (MediaTypes.is(media, MediaTypes.FORM)) {
                form = QueryString.pairs(bodyAsString(), charset(),
                        pair -> Problem.invalidBody("The form body has an invalid percent-encoding in '" + pair + "'"));
            } else {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                for (FormPart part : parts()) {
                    if (part.fileName().isEmpty()) {
                        fields.computeIfAbsent(part.name(), ignored -> new ArrayList<>()).add(part.text());
                    }
                }
                fields.replaceAll((name, values) -> List.copyOf(values));
                form = Collections.unmodifiableMap(fields);
            }
        }
        return form;
    }

    @Override
    public List<FormPart> parts() {
        if (parts == null) {
            MediaType media = formType("parts");
            if (!MediaTypes.is(media, MediaTypes.MULTIPART)) {
                throw new ProblemException(Problem.unsupportedMediaType("The body of " + routeKey + " is read as "
                        + MediaTypes.MULTIPART + ", not as " + headers.getFirst("Content-Type").strip()));
            }
            parts = MultipartBody.read(media, body != null ? new ByteArrayInputStream(body) : bodyStream());
        }
        return parts;
    }

    private MediaType formType(String what) {
        checkParsing();
        String contentType = headers.getFirst("Content-Type");
        MediaType media = contentType == null ? null : MediaTypes.parse(contentType, "the request body");
        if (media == null || !(MediaTypes.is(media, MediaTypes.FORM) || MediaTypes.is(media, MediaTypes.MULTIPART))) {
            throw new ProblemException(Problem.unsupportedMediaType("The body of " + routeKey + " is read as " + what
                    + ", which needs Content-Type " + MediaTypes.FORM + " or " + MediaTypes.MULTIPART
                    + (contentType == null ? "; the request has none" : ", not " + contentType.strip())));
        }
        return media;
    }

    private void checkParsing() {
        if (!parse) {
            throw new IllegalStateException("Body parsing is off for route " + routeKey + "; read body() or bodyStream()");
        }
    }

    @Override
    public InputStream bodyStream() {
        if (streamTaken) {
            throw new IllegalStateException("The body was already read");
        }
        streamTaken = true;
        return entity;
    }

    private Charset charset() {
        return MediaTypes.charset(headers.getFirst("Content-Type"), "the request body");
    }
}
