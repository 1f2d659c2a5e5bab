package dev.waymark.examples.chat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/** The connections in the chat, as SST's tutorial keeps them in a table. */
@ApplicationScoped
public class ChatRoom {

    private final Set<String> connectionIds = ConcurrentHashMap.newKeySet();

    void enter(String connectionId) {
        connectionIds.add(connectionId);
    }

    void leave(String connectionId) {
        connectionIds.remove(connectionId);
    }

    /**
     * Who is in the chat.
     *
     * @return the connection ids
     */
    public List<String> connectionIds() {
        return List.copyOf(connectionIds);
    }
}
