package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ResponseWriterTest {

    @Test
    void aReturnedResponseWithBytesGetsItsContentLength() {
        byte[] body = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        Response written = ResponseWriter.write(Response.ok(body, "application/json").build(), new DefaultApiResponse("", "/"), "test",
                Long.MAX_VALUE, false);
        assertEquals(Integer.toString(body.length), written.getHeaderString("Content-Length"));
        assertSame(body, written.getEntity());
    }

    @Test
    void aReturnedResponseKeepsTheContentLengthItHas() {
        Response returned = Response.ok(new byte[3]).header("Content-Length", 3).build();
        assertSame(returned, ResponseWriter.write(returned, new DefaultApiResponse("", "/"), "test", Long.MAX_VALUE, false));
    }

    @Test
    void aReturnedResponseIsHeldToAStrictResponseLimit() {
        Response returned = Response.ok(new byte[11]).build();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ResponseWriter.write(returned, new DefaultApiResponse("", "/"), "test", 10, true));
        assertEquals(500, refused.problem().status());
    }

    @Test
    void aReturnedResponseGetsTheHeadersTheHandlerSet() {
        DefaultApiResponse response = new DefaultApiResponse("", "/");
        response.header("X-Trace", "1");
        Response written = ResponseWriter.write(Response.ok(new byte[2]).build(), response, "test", Long.MAX_VALUE, false);
        assertEquals("1", written.getHeaderString("X-Trace"));
        assertEquals("2", written.getHeaderString("Content-Length"));
    }
}
