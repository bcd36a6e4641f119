package steward.resident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a change did, for the audit trail's detail: each field that changed with its value before and after, as
 * JSON ({@code {"email":{"before":null,"after":"a@b.tw"}}}). Phones go in masked, as everywhere on screen.
 */
public final class Changes {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Records the field if its value changed. */
    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("before", before);
            values.put("after", after);
            fields.put(name, values);
        }
        return this;
    }

    /** Records a fact of the change that is not a before and after (the unit moved out of, say). */
    public Changes fact(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    /** Phones as the trail shows them: masked. */
    public static List<String> masked(List<String> phones) {
        return phones.stream().map(Phones::mask).toList();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public String json() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
