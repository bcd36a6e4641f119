package steward.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** One unit, however its label is spaced or typed: the key the unique index holds. */
class UnitLabelTest {

    @Test
    void spacesFullWidthCharactersAndTheCaseOfLatinLettersMakeNoDifference() {
        String key = UnitLabel.key("5棟2單元502");
        assertEquals(key, UnitLabel.key("5棟 2單元 502"));
        assertEquals(key, UnitLabel.key(" 5棟2單元502\u3000"), "an ideographic space");
        assertEquals(key, UnitLabel.key("５棟２單元５０２"), "full-width digits");
        assertEquals(UnitLabel.key("B座12樓3室"), UnitLabel.key("ｂ座１２樓３室"), "full-width and lower-case letters");
        assertNotEquals(key, UnitLabel.key("5棟2單元503"));
        assertNotEquals(key, UnitLabel.key("5棟2單元5020"));
    }

    @Test
    void aLabelIsKeptAsTypedWithoutTheSpacesAroundIt() {
        assertEquals("5棟 2單元 502", UnitLabel.tidy("  5棟 2單元 502 "));
    }
}
