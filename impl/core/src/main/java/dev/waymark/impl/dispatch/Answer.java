package dev.waymark.impl.dispatch;

import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.core.Response;

/**
 * What the dispatcher answers a request with: a response that is ready, or one a handler will
 * produce later (a {@code CompletionStage}, a {@code Flow.Publisher}, an external resolver).
 * The synchronous answer costs one small object, which is why it is not a completed stage: a
 * stage would make every transport pay for a callback it only needs for the later kind.
 */
public sealed interface Answer permits Answer.Now, Answer.Later {

    /**
     * The same answer with a change made to its response, now or when it is ready.
     *
     * @param change makes the changed response
     * @return the changed answer
     */
    Answer map(UnaryOperator<Response> change);

    /**
     * A response that is ready.
     *
     * @param response the response
     */
    record Now(Response response) implements Answer {

        @Override
        public Answer map(UnaryOperator<Response> change) {
            return new Now(change.apply(response));
        }
    }

    /**
     * A response that will be ready when a stage completes; the stage never completes
     * exceptionally, a failure being answered as a problem.
     *
     * @param response the stage
     */
    record Later(CompletionStage<Response> response) implements Answer {

        @Override
        public Answer map(UnaryOperator<Response> change) {
            return new Later(response.thenApply(change));
        }
    }
}
