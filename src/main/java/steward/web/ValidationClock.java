package steward.web;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

/** {@code @Future} and {@code @Past} ask the application's clock, so that they agree with the rules (and tests). */
@Singleton
public class ValidationClock implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
