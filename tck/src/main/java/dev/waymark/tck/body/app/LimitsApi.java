package dev.waymark.tck.body.app;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.HeaderParam;

import dev.waymark.Api;
import dev.waymark.BodyLimit;
import dev.waymark.Route;

/** Body limits declared on the API and overridden by routes. */
@Api(basePath = "/limits")
@BodyLimit("10kb")
public class LimitsApi {

    @Route("POST /api-limit")
    public String apiLimit(byte[] body) {
        return Integer.toString(body.length);
    }

    @Route("POST /route-limit")
    @BodyLimit("1kb")
    public String routeLimit(String body) {
        return Integer.toString(body.length());
    }

    @Route("POST /unlimited")
    @BodyLimit(BodyLimit.UNLIMITED)
    public String unlimited(InputStream body) throws IOException {
        long count = 0;
        byte[] buffer = new byte[8192];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            count += n;
        }
        return Long.toString(count);
    }

    @Route("POST /raw")
    @BodyLimit(value = "4kb", parse = false)
    public String raw(byte[] body, @HeaderParam("X-Digest") String digest) throws NoSuchAlgorithmException {
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        return actual.equals(digest) ? "verified" : "mismatch";
    }
}
