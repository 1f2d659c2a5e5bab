package dev.waymark.impl.handler;

import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;

/** Supplies one argument of a handler method for a request. */
@FunctionalInterface
interface ParameterBinder {

    Object bind(DefaultApiRequest request, DefaultApiResponse response);
}
