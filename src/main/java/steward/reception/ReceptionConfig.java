package steward.reception;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reception desk ({@code steward.reception.*}, or STEWARD_RECEPTION_... in the environment). */
@ConfigMapping(prefix = "steward.reception")
public interface ReceptionConfig {

    /** From this local time of the site on, visits of the day still open are flagged for the evening shift. */
    @WithDefault("18:00")
    LocalTime dayEndsAt();
}
