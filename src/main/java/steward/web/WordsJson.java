package steward.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * {@link Words} in a JSON answer: a string in the language of the caller (the language cookie, else
 * Accept-Language, as for a refusal), so that a view record carries what the service named and the API says it
 * in the caller's words. {@code /q/openapi} documents these fields as strings
 * ({@code mp.openapi.schema.steward.web.Words}).
 */
@Singleton
public class WordsJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("steward-words").addSerializer(Words.class, new Said()));
    }

    static final class Said extends StdSerializer<Words> {

        Said() {
            super(Words.class);
        }

        @Override
        public void serialize(Words words, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(words.in(RequestLanguage.locale()));
        }
    }
}
