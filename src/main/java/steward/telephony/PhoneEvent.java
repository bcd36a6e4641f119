package steward.telephony;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import steward.web.InputRules;

/**
 * One event of a call, as the site's phone system posts it (the shape of Zammad's generic CTI API):
 * {@code newCall} when it starts to ring (from, to, direction), {@code answer} when someone picks up (user: the
 * extension or the staff member's username), {@code hangup} when it ends (cause). {@code at} is the phone
 * system's time of the event (ISO-8601); without it, the time Steward received it.
 */
public record PhoneEvent(
        @NotNull(message = "{steward.choice}") Kind event,
        @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}") String callId,
        @Size(max = 40, message = "{steward.too_long}") String from,
        @Size(max = 40, message = "{steward.too_long}") String to,
        Direction direction,
        @Size(max = 100, message = "{steward.too_long}") String user,
        @Size(max = 100, message = "{steward.too_long}") String cause,
        OffsetDateTime at) implements InputRules.CrossFieldRules {

    public enum Kind {
        @JsonProperty("newCall")
        NEW_CALL,
        @JsonProperty("answer")
        ANSWER,
        @JsonProperty("hangup")
        HANGUP
    }

    public enum Direction {
        @JsonProperty("in")
        IN,
        @JsonProperty("out")
        OUT
    }

    /** A new call says which way it goes. */
    @Override
    public Map<String, String> crossFieldViolations() {
        return event == Kind.NEW_CALL && direction == null ? Map.of("direction", "steward.telephony.direction")
                : Map.of();
    }
}
