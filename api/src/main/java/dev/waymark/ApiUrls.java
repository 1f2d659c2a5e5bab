package dev.waymark;

import java.net.URI;
import java.util.Optional;

/**
 * The URLs of APIs, for code that links to or calls an API, like SST's {@code url},
 * {@code customDomainUrl} and {@code bind} [DOMAIN-2-1]. Where CDI is present it is a bean:
 * {@code @Inject ApiUrls urls}.
 *
 * <p>Rules: {@code waymark.api.<name>.url} configures an API's URL outright, which is also how an
 * application binds to an API it does not deploy itself. Otherwise the URL is the application's
 * base URL ({@code waymark.url}, else the address the embedded runtime bound) followed by the API's
 * base path [DOMAIN-2-2]. Inside an application server, which does not tell its public address,
 * {@code waymark.url} is required for it; a request's {@code Host} header is never trusted for it.
 *
 * <pre>
 * &#64;Inject ApiUrls urls;
 *
 * &#64;Route("GET /links")
 * public Map&lt;String, URI&gt; links() {
 *     return Map.of("chat", urls.url("chat"));      // such as http://localhost:8080/chat
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface ApiUrls {

    /**
     * The URL of an API.
     *
     * @param api the API's name
     * @return the URL, ending with the API's base path
     * @throws IllegalArgumentException if no API has that name and none is configured
     * @throws IllegalStateException if the application's base URL is not known yet
     */
    URI url(String api);

    /**
     * The URL of an API on its custom domain: {@code https://<domain><base path>}.
     *
     * @param api the API's name
     * @return the URL, or empty if the API is bound to no domain or to a wildcard
     * @throws IllegalArgumentException if no API has that name
     */
    Optional<URI> customDomainUrl(String api);
}
