package steward.web;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a {@link StoredText} in a text column, as JSON. */
@Converter
public class StoredTextColumn implements AttributeConverter<StoredText, String> {

    @Override
    public String convertToDatabaseColumn(StoredText text) {
        return text == null ? null : text.toJson();
    }

    @Override
    public StoredText convertToEntityAttribute(String json) {
        return StoredText.fromJson(json);
    }
}
