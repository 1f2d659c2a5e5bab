package dev.waymark.tck.resp.app;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.NewCookie;

import dev.waymark.Api;
import dev.waymark.ApiResponse;
import dev.waymark.Route;

/** Response helpers: redirects, cookies with attributes, headers, send. */
@Api(basePath = "/helpers")
public class HelpersApi {

    @Route("GET /redirect/{status}")
    public void redirect(@PathParam("status") int status, ApiResponse response) {
        response.redirect(status, "https://example.com/moved?from=" + status);
    }

    @Route("GET /relative")
    public void relative(ApiResponse response) {
        response.redirect("../elsewhere?x=1");
    }

    @Route("GET /injection")
    public String injection(ApiResponse response) {
        try {
            response.redirect("https://example.com/\r\nSet-Cookie: stolen=1");
            return "sent";
        } catch (IllegalArgumentException e) {
            try {
                response.header("X-Evil", "a\nb");
                return "sent";
            } catch (IllegalArgumentException again) {
                return "refused";
            }
        }
    }

    @Route("GET /cookie")
    public void cookie(ApiResponse response) {
        response.cookie(new NewCookie.Builder("session").value("abc123").path("/helpers").domain("example.test").maxAge(3600)
                        .secure(true).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build())
                .header("Cache-Control", "private, max-age=60")
                .header("X-Request-Kind", "helpers")
                .status(200)
                .send("ok");
    }

    @Route("GET /bytes")
    public void bytes(ApiResponse response) {
        response.send(new byte[] {1, 2, 3});
    }

    @Route("GET /stream")
    public void stream(ApiResponse response) {
        response.header("Content-Type", "text/csv").send(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    }
}
