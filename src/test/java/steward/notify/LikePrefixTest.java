package steward.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Clearing banners by key prefix: the prefix's own LIKE wildcards match only themselves. */
class LikePrefixTest {

    @Test
    void wildcardsAndTheEscapeCharacterOfThePrefixAreEscaped() {
        assertEquals("item:12:%", NotificationService.likePrefix("item:12:"));
        assertEquals("a\\_b\\%c\\\\d%", NotificationService.likePrefix("a_b%c\\d"));
    }
}
