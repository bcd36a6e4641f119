package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The list of signed-in devices names each as its owner recognises it, not by its raw User-Agent header. */
class DeviceNameTest {

    private static String device(String userAgent) {
        return new StaffSessions.Listed(1, SignInMethod.PASSWORD, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH,
                "10.0.0.1", userAgent).device();
    }

    @Test
    void browsersAndSystemsAreNamedAsPeopleKnowThem() {
        assertEquals("Chrome 131 · Android", device("Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.6778.135 Safari/537.36"));
        assertEquals("Safari 17 · iPad", device("Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1"));
        assertEquals("Edge 120 · Windows", device("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91"));
        assertEquals("Samsung Internet 23 · Android", device("Mozilla/5.0 (Linux; Android 13; SM-X200) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36"));
        assertEquals("Chrome 156 · Linux", device("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"));
        assertEquals("Firefox 133 · macOS", device("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:133.0) "
                + "Gecko/20100101 Firefox/133.0"));
    }

    @Test
    void anUnknownClientIsShownShortAndNoHeaderIsShownAsNothing() {
        assertEquals("curl/8.5.0", device("curl/8.5.0"));
        assertEquals("", device(null));
        assertEquals(41, device("x".repeat(100)).length(), "cut to 40 characters and an ellipsis");
    }
}
