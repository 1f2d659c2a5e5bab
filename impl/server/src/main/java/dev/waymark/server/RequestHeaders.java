package dev.waymark.server;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.glassfish.grizzly.http.server.Request;

/**
 * The headers of a request an edge route serves, copied from Grizzly's request only when a
 * handler first needs more than one header's first value: most requests are answered after
 * looking up a header or two ({@code Content-Length} for the body limit, say), and copying every
 * header into a map of lists costs more than that. The copy, once made, is the map: a mutable
 * multivalued map whose look-ups ignore case, with the names and values Grizzly gives. Until then
 * {@link #getFirst} and {@link #containsKey} read Grizzly's headers as they were received, without
 * an iterator for a look-up, and find the same first value (Grizzly also compares header names
 * regardless of case). Like the request's cookies, they
 * are read while the request is being served.
 */
final class RequestHeaders implements MultivaluedMap<String, String> {

    private final Request request;
    private volatile MultivaluedMap<String, String> copy;

    RequestHeaders(Request request) {
        this.request = request;
    }

    private MultivaluedMap<String, String> copy() {
        MultivaluedMap<String, String> headers = copy;
        if (headers == null) {
            synchronized (this) {
                headers = copy;
                if (headers == null) {
                    headers = new AbstractMultivaluedMap<>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) { };
                    for (String name : request.getHeaderNames()) {
                        for (String value : request.getHeaders(name)) {
                            headers.add(name, value);
                        }
                    }
                    copy = headers;
                }
            }
        }
        return headers;
    }

    /** Whether a name is looked up the same way by Grizzly and by the copy: an ASCII name. */
    private static boolean ascii(Object name) {
        if (!(name instanceof String text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getFirst(String key) {
        MultivaluedMap<String, String> headers = copy;
        if (headers != null || !ascii(key)) {
            return copy().getFirst(key);
        }
        return request.getRequest().getHeaders().getHeader(key);
    }

    @Override
    public boolean containsKey(Object key) {
        MultivaluedMap<String, String> headers = copy;
        if (headers != null || !ascii(key)) {
            return copy().containsKey(key);
        }
        return request.getRequest().getHeaders().getValue((String) key) != null;
    }

    @Override
    public void putSingle(String key, String value) {
        copy().putSingle(key, value);
    }

    @Override
    public void add(String key, String value) {
        copy().add(key, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addAll(String key, String... newValues) {
        copy().addAll(key, newValues);
    }

    @Override
    public void addAll(String key, List<String> valueList) {
        copy().addAll(key, valueList);
    }

    @Override
    public void addFirst(String key, String value) {
        copy().addFirst(key, value);
    }

    @Override
    public boolean equalsIgnoreValueOrder(MultivaluedMap<String, String> otherMap) {
        return copy().equalsIgnoreValueOrder(otherMap);
    }

    @Override
    public int size() {
        return copy().size();
    }

    @Override
    public boolean isEmpty() {
        return copy().isEmpty();
    }

    @Override
    public boolean containsValue(Object value) {
        return copy().containsValue(value);
    }

    @Override
    public List<String> get(Object key) {
        return copy().get(key);
    }

    @Override
    public List<String> put(String key, List<String> value) {
        return copy().put(key, value);
    }

    @Override
    public List<String> remove(Object key) {
        return copy().remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> m) {
        copy().putAll(m);
    }

    @Override
    public void clear() {
        copy().clear();
    }

    @Override
    public Set<String> keySet() {
        return copy().keySet();
    }

    @Override
    public Collection<List<String>> values() {
        return copy().values();
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return copy().entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || copy().equals(o instanceof RequestHeaders other ? other.copy() : o);
    }

    @Override
    public int hashCode() {
        return copy().hashCode();
    }

    @Override
    public String toString() {
        return copy().toString();
    }
}
