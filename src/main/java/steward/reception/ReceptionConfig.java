package steward.reception;

import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reception desk ({@code steward.reception.*}, or STEWARD_RECEPTION_... in the environment). */
@ConfigMapping(prefix = "steward.reception")
public interface ReceptionConfig {

    /** From this local time of the site on, visits of the day still open are flagged for the evening shift. */
    @WithDefault("18:00")
    LocalTime dayEndsAt();

    /**
     * A call the phone system measured is answered within the standard when it rang no longer than this (the
     * seed's three rings: about 15 s at a ring every five seconds).
     */
    @WithDefault("15s")
    Duration answerWithin();

    /** A missed call is a promise to call back, due this long after it rang off. */
    @WithDefault("30m")
    Duration missedCallbackWithin();
}
