package steward.privacy;

import io.quarkus.qute.TemplateEnum;

/**
 * The identity document the desk checked: for a parcel handed over without its code, a card issued, a key or tool
 * lent against a deposited ID. Only its type and its last four characters are kept, never the whole number
 * ({@link steward.web.rules.IdLast4}). Named in every language by {@code msg:id_document}; pages list the choices as
 * {@code IdDocument:values}.
 */
@TemplateEnum
public enum IdDocument {
    NATIONAL_ID,
    RESIDENT_PERMIT,
    PASSPORT,
    DRIVING_LICENCE,
    OTHER
}
