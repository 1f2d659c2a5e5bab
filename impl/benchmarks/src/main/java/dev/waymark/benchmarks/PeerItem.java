package dev.waymark.benchmarks;

/**
 * The JSON object every target of the peer benchmark ({@code peers.sh}) answers to
 * {@code GET /items/{id}}: {@code {"id":"42","name":"item"}}.
 *
 * @param id the path parameter
 * @param name always {@code item}
 */
public record PeerItem(String id, String name) {

    /**
     * The item of one request.
     *
     * @param id the path parameter
     * @return the item
     */
    public static PeerItem of(String id) {
        return new PeerItem(id, "item");
    }
}
