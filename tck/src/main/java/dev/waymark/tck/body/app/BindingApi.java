package dev.waymark.tck.body.app;

import java.util.Map;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.Route;

/** Bodies bound through JSON-B, as a parameter and through the request. */
@Api(basePath = "/binding")
public class BindingApi {

    /**
     * A body type.
     *
     * @param title the title
     */
    public record Draft(String title) {
    }

    @Route("POST /parameter")
    public String parameter(Draft draft) {
        return draft.title();
    }

    /**
     * A body type with a number.
     *
     * @param quantity how many
     */
    public record Counted(int quantity) {
    }

    @Route("POST /counted")
    public int counted(Counted counted) {
        return counted.quantity();
    }

    @Route("POST /request")
    public Object request(ApiRequest request) {
        return request.bodyAs(Map.class);
    }
}
