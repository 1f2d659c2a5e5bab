package dev.waymark.server;

import dev.waymark.impl.config.ConfigKeys;

/**
 * How long the embedded runtime waits for a slow client, and how much of a request it reads
 * before a handler runs.
 *
 * @param headerTimeoutMillis {@code waymark.http.header-timeout} (default 10s): the most time from a
 *        connection's opening, or a request's first byte, to the end of the request's headers
 * @param bodyTimeoutMillis {@code waymark.http.body-timeout} (default 10s): the longest pause
 *        between two reads of a request body
 * @param idleTimeoutMillis {@code waymark.http.idle-timeout} (default 30s): how long a kept-alive
 *        connection may wait for its next request once every answer is sent
 * @param bodyBuffer {@code waymark.http.body-buffer} (default 64kb): a body up to this size is read
 *        whole before its handler runs, without holding a worker thread while it arrives
 * @param maxHeadSize the most bytes of request line and headers
 */
record HttpSettings(long headerTimeoutMillis, long bodyTimeoutMillis, long idleTimeoutMillis, long bodyBuffer, int maxHeadSize) {

    /** The most bytes of request line and headers: enough for any path Waymark serves. */
    static final int MAX_HEAD_SIZE = 64 * 1024;

    static HttpSettings load() {
        return new HttpSettings(ConfigKeys.HTTP_HEADER_TIMEOUT.get(), ConfigKeys.HTTP_BODY_TIMEOUT.get(), ConfigKeys.HTTP_IDLE_TIMEOUT.get(),
                ConfigKeys.HTTP_BODY_BUFFER.get(), MAX_HEAD_SIZE);
    }
}
