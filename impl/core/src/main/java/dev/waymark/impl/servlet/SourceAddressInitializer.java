package dev.waymark.impl.servlet;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import dev.waymark.impl.log.AccessRecord;

/**
 * Registers, in every web application that has the implementation, a filter that puts the
 * client's address and the protocol into request attributes, where the JAX-RS request properties
 * of Jersey and RESTEasy show them to Waymark ({@link AccessRecord#SOURCE_IP},
 * {@link AccessRecord#PROTOCOL}).
 */
public final class SourceAddressInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic filter = context.addFilter("waymark-source-address", new SourceAddressFilter());
        if (filter != null) {
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        }
    }

    /** Copies the address and protocol into attributes. */
    static final class SourceAddressFilter implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            request.setAttribute(AccessRecord.SOURCE_IP, request.getRemoteAddr());
            request.setAttribute(AccessRecord.PROTOCOL, request.getProtocol());
            chain.doFilter(request, response);
        }
    }
}
