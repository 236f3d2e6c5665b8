package nl.vocampus.lekwacht.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Language} as its code ('nl', 'en'), as the column's check constraint names them. */
@Converter
public class LanguageColumn implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return (language == null ? Language.NL : language).code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return Language.orDutch(code);
    }
}
