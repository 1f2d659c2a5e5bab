package dev.waymark.tck.jaxrs.app;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import dev.waymark.BodyLimit;

/** A plain JAX-RS resource with Waymark's body limits: 1 KB for the class, 4 KB for one method. */
@Path("uploads")
@BodyLimit("1kb")
public class UploadsResource {

    @POST
    public String size(String body) {
        return Integer.toString(body.length());
    }

    @POST
    @Path("large")
    @BodyLimit("4kb")
    public String large(String body) {
        return Integer.toString(body.length());
    }

    @POST
    @Path("stream")
    public String count(InputStream body) throws IOException {
        long count = 0;
        byte[] buffer = new byte[512];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            count += n;
        }
        return Long.toString(count);
    }
}
