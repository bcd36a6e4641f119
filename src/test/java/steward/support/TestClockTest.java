package steward.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class TestClockTest {

    @Inject
    Clock clock;

    @Inject
    TestClock testClock;

    @AfterEach
    void reset() {
        testClock.reset();
    }

    @Test
    void theApplicationsClockIsTheOneTestsControl() {
        Instant noon = Instant.parse("2026-03-01T04:00:00Z");
        testClock.set(noon);
        assertEquals(noon, clock.instant());
        testClock.advance(Duration.ofHours(2));
        assertEquals(noon.plus(Duration.ofHours(2)), clock.instant());
    }
}
