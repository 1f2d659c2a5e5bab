package dev.waymark.impl.limit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.waymark.ApiDeploymentException;

/**
 * The proxies whose {@code Forwarded} and {@code X-Forwarded-For} headers are believed
 * ({@code waymark.trusted-proxies}: addresses and CIDR ranges, comma separated) [LIMIT-2-1], and the
 * client address a request comes from through them.
 */
public final class TrustedProxies {

    /** No proxy is trusted: the client is the peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xff << (8 - rest))) == 0;
        }
    }

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Parses {@code waymark.trusted-proxies}.
     *
     * @param list addresses and ranges such as {@code 10.0.0.0/8, 127.0.0.1, ::1}
     * @return the proxies
     * @throws ApiDeploymentException for an entry that is not an IP address or range
     */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
            int prefix = network == null ? -1 : network.length * 8;
            if (network != null && slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
            }
            if (network == null || prefix < 0 || prefix > network.length * 8) {
                throw new ApiDeploymentException("Invalid entry '" + text + "' in waymark.trusted-proxies: use IP addresses and "
                        + "CIDR ranges such as 10.0.0.0/8 or ::1, comma separated");
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(ranges);
    }

    /**
     * The client address of a request: the peer, unless the peer is a trusted proxy; then the
     * nearest address of {@code Forwarded} ({@code for=}) or else {@code X-Forwarded-For} that is
     * not a trusted proxy itself.
     *
     * @param peer the address the connection comes from
     * @param headers the request headers
     * @return the client address
     */
    public String clientAddress(String peer, MultivaluedMap<String, String> headers) {
        if (ranges.isEmpty() || !trusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(headers);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The addresses a request passed, nearest last: from {@code Forwarded}, else {@code X-Forwarded-For}. */
    private static List<String> forwardedFor(MultivaluedMap<String, String> headers) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = headers.get("Forwarded");
        if (forwarded != null) {
            for (String value : forwarded) {
                for (String element : value.split(",")) {
                    for (String pair : element.split(";")) {
                        String[] parts = pair.strip().split("=", 2);
                        if (parts.length == 2 && parts[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                            hops.add(node(parts[1].strip()));
                        }
                    }
                }
            }
            return hops;
        }
        List<String> xff = headers.get("X-Forwarded-For");
        if (xff != null) {
            for (String value : xff) {
                for (String hop : value.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.strip());
                    }
                }
            }
        }
        return hops;
    }

    /** A {@code Forwarded} node without quotes, brackets and port: {@code "[2001:db8::1]:4711"} is {@code 2001:db8::1}. */
    private static String node(String value) {
        String node = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end < 0 ? node : node.substring(1, end);
        }
        int colon = node.indexOf(':');
        return colon >= 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    /** The bytes of an IP literal, without any name look-up; null for anything else. */
    private static byte[] literal(String text) {
        if (text == null || text.isEmpty() || !(text.indexOf(':') >= 0 || text.matches("[0-9.]+"))
                || !text.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
            return null;
        }
        if (text.indexOf(':') < 0 && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
