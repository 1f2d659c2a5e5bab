package dev.waymark.impl.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.waymark.impl.http.JsonLimits;

class TopicEventsTest {

    public record Note(String text, int number) {
    }

    @Test
    void aSubscriberReceivesTheEventsOfItsTopicPublishedAfterItSubscribedInOrderAsItsType() throws Exception {
        try (TopicEvents events = new TopicEvents(null, JsonLimits.DEFAULTS, Runnable::run)) {
            events.publish("notes", new Note("before", 0));
            List<Note> received = new CopyOnWriteArrayList<>();
            CountDownLatch five = new CountDownLatch(5);
            events.subscribe("notes", Note.class).subscribe(new Flow.Subscriber<Note>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(Note note) {
                    received.add(note);
                    five.countDown();
                }

                @Override
                public void onError(Throwable failure) {
                }

                @Override
                public void onComplete() {
                }
            });
            events.publish("other", new Note("elsewhere", 9));
            for (int n = 1; n <= 5; n++) {
                events.publish("notes", new Note("note", n));
            }
            assertTrue(five.await(5, TimeUnit.SECONDS));
            assertEquals(List.of(new Note("note", 1), new Note("note", 2), new Note("note", 3), new Note("note", 4), new Note("note", 5)),
                    received);
        }
    }
}
