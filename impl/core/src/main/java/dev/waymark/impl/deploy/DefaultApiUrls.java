package dev.waymark.impl.deploy;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import dev.waymark.ApiUrls;
import dev.waymark.impl.config.ConfigKeys;

/** The URLs of a deployment's APIs [DOMAIN-2]. */
public final class DefaultApiUrls implements ApiUrls {

    private final Supplier<Deployment> deployment;

    /**
     * Creates the URLs of a deployment, looked up when first asked for.
     *
     * @param deployment the deployment
     */
    public DefaultApiUrls(Supplier<Deployment> deployment) {
        this.deployment = deployment;
    }

    @Override
    public URI url(String api) {
        Optional<String> configured = ConfigKeys.API_URL.of(api).value();
        if (configured.isPresent()) {
            return URI.create(configured.get().strip());
        }
        String basePath = basePath(api);
        String base = ConfigKeys.URL.value()
                .or(() -> deployment.get().baseUrl().map(URI::toString))
                .orElseThrow(() -> new IllegalStateException("The URL of API " + api + " is not known yet: set " + ConfigKeys.URL + ", "
                        + "or " + ConfigKeys.API_URL.of(api)));
        return URI.create(withoutTrailingSlash(base) + (basePath.equals("/") ? "/" : basePath));
    }

    @Override
    public Optional<URI> customDomainUrl(String api) {
        String basePath = basePath(api);
        return deployment.get().domain(api)
                .filter(domain -> !domain.isWildcard())
                .map(domain -> URI.create("https://" + domain.pattern() + (basePath.equals("/") ? "" : basePath)));
    }

    private String basePath(String api) {
        return deployment.get().basePath(api).orElseThrow(() -> new IllegalArgumentException("No API is named '" + api
                + "'; configure waymark.api." + api + ".url for an API of another application"));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
