package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class DefaultApiResponseTest {

    @Test
    void refusesHeaderSplittingInNamesValuesAndRedirects() {
        DefaultApiResponse response = new DefaultApiResponse("", "/");
        assertThrows(IllegalArgumentException.class, () -> response.header("X-A", "1\r\nSet-Cookie: a=b"));
        assertThrows(IllegalArgumentException.class, () -> response.header("X A", "1"));
        assertThrows(IllegalArgumentException.class, () -> response.redirect("/a\nb"));
        assertThrows(IllegalArgumentException.class, () -> response.redirect(200, "/a"));
        assertThrows(IllegalArgumentException.class, () -> response.status(99));
    }

    @Test
    void sendingTwiceIsAnError() {
        DefaultApiResponse response = new DefaultApiResponse("", "/");
        response.json("a");
        assertThrows(IllegalStateException.class, () -> response.send("b"));
    }

    @Test
    void redirectDefaultsTo307() {
        DefaultApiResponse response = new DefaultApiResponse("", "/");
        response.redirect("/next");
        Response written = ResponseWriter.write(null, response, "test", Long.MAX_VALUE, false);
        assertEquals(307, written.getStatus());
        assertEquals("/next", written.getHeaderString("Location"));
    }

    @Test
    void applicationPathsAreRedirectedUnderTheApplicationRoot() {
        DefaultApiResponse inShop = new DefaultApiResponse("/shop", "/");
        inShop.redirect("/cart");
        assertEquals("/shop/cart", ResponseWriter.write(null, inShop, "t", 10, false).getHeaderString("Location"));
        DefaultApiResponse elsewhere = new DefaultApiResponse("/shop", "/");
        elsewhere.redirect(302, "//cdn.example.com/x");
        assertEquals("//cdn.example.com/x", ResponseWriter.write(null, elsewhere, "t", 10, false).getHeaderString("Location"));
    }

    @Test
    void relativeTargetsAreResolvedAgainstTheRequest() {
        DefaultApiResponse up = new DefaultApiResponse("/shop", "/helpers/relative");
        up.redirect("../elsewhere?x=1");
        assertEquals("/shop/elsewhere?x=1", ResponseWriter.write(null, up, "t", 10, false).getHeaderString("Location"));
        DefaultApiResponse sibling = new DefaultApiResponse("", "/a/b");
        sibling.redirect("c");
        assertEquals("/a/c", ResponseWriter.write(null, sibling, "t", 10, false).getHeaderString("Location"));
        DefaultApiResponse absolute = new DefaultApiResponse("", "/a/b");
        absolute.redirect("https://example.com/x?y=1");
        assertEquals("https://example.com/x?y=1", ResponseWriter.write(null, absolute, "t", 10, false).getHeaderString("Location"));
    }

    @Test
    void statusWithoutBodyKeepsTheStatusAndNoStatusGives204() {
        DefaultApiResponse accepted = new DefaultApiResponse("", "/");
        accepted.status(202);
        assertEquals(202, ResponseWriter.write(null, accepted, "test", Long.MAX_VALUE, false).getStatus());
        assertEquals(204, ResponseWriter.write(null, new DefaultApiResponse("", "/"), "test", Long.MAX_VALUE, false).getStatus());
    }

    @Test
    void returnValuesAreTypedByKind() {
        assertTrue(ResponseWriter.write("x", new DefaultApiResponse("", "/"), "t", 10, false).getMediaType().toString().startsWith("text/plain"));
        assertEquals("application/octet-stream", ResponseWriter.write(new byte[1], new DefaultApiResponse("", "/"), "t", 10, false).getMediaType().toString());
        assertEquals("application/json", ResponseWriter.write(java.util.Map.of("a", 1), new DefaultApiResponse("", "/"), "t", 10, false).getMediaType().toString());
    }

    @Test
    void sendingAndReturningAValueIsAnError() {
        DefaultApiResponse response = new DefaultApiResponse("", "/");
        response.send("sent");
        assertThrows(IllegalStateException.class, () -> ResponseWriter.write("returned", response, "test", 10, false));
    }
}
