package dev.waymark.impl.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import dev.waymark.ApiRequest;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.route.PathParameters;

/** The request handed to handlers, read lazily from the container's request. */
public final class DefaultApiRequest implements ApiRequest {

    private static final byte[] EMPTY = new byte[0];

    private final String method;
    private final String path;
    private final String rawQuery;
    private final String routeKey;
    private final PathParameters parameters;
    private final MultivaluedMap<String, String> headers;
    private final Supplier<Map<String, String>> cookieSource;
    private Map<String, String> cookies;
    private final InputStream entity;
    private final boolean parse;
    private Map<String, List<String>> query;
    private byte[] body;
    private boolean streamTaken;

    /**
     * Creates the request.
     *
     * @param exchange what the container received
     * @param routeKey the key of the matched route
     * @param parameters the path parameters of the matched route
     * @param settings the route's settings: its body limit, whether its body may be parsed
     */
    public DefaultApiRequest(Exchange exchange, String routeKey, PathParameters parameters, RouteSettings settings) {
        this.method = exchange.method();
        this.path = exchange.rawPath();
        this.rawQuery = exchange.rawQuery();
        this.headers = exchange.headers();
        this.cookieSource = exchange.cookies();
        this.entity = exchange.entity() == null ? InputStream.nullInputStream() : new LimitedInputStream(exchange.entity(), settings.bodyLimit());
        this.parse = settings.parseBody();
        this.routeKey = routeKey;
        this.parameters = parameters;
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
            cookies = cookieSource.get();
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
        if (!parse) {
            throw new IllegalStateException("Body parsing is off for route " + routeKey + "; read body() or bodyStream()");
        }
        String contentType = headers.getFirst("Content-Type");
        if (contentType != null && !isJson(contentType)) {
            throw new ProblemException(Problem.unsupportedMediaType("The body of " + routeKey + " is read as JSON, not as "
                    + contentType.strip() + "; send Content-Type: application/json"));
        }
        byte[] bytes = body();
        return bytes.length == 0 ? null : JsonCodec.fromBytes(bytes, type);
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType media = MediaType.valueOf(contentType);
            return media.getType().equalsIgnoreCase("application")
                    && (media.getSubtype().equalsIgnoreCase("json") || media.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
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
        String contentType = headers.getFirst("Content-Type");
        if (contentType != null) {
            try {
                String name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
                if (name != null) {
                    return Charset.forName(name);
                }
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.invalidBody("Unreadable Content-Type '" + contentType + "': " + e.getMessage()));
            }
        }
        return StandardCharsets.UTF_8;
    }
}
