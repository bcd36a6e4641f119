package steward.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Photos by content: JPEG, PNG and WebP accepted and re-encoded small; anything else refused naming the field,
 * in the site's default language when no request gives one (the application runs: refusals come from its bundles).
 */
@QuarkusTest
class PhotosTest {

    /** A 1×1 lossless WebP. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Test
    void aLargePngBecomesAJpegOf1600PxAtMost() throws IOException {
        byte[] jpeg = Photos.accept("photo", image(1000, 3000, "png"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(533, stored.getWidth());
        assertEquals(1600, stored.getHeight());
        assertEquals(0xff, jpeg[0] & 0xff);
        assertEquals(0xd8, jpeg[1] & 0xff);
    }

    @Test
    void aWebpIsAccepted() throws IOException {
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(Photos.accept("photo", WEBP)));
        assertEquals(1, stored.getWidth());
    }

    @Test
    void refusalsNameTheField() {
        byte[] jpeg = image(640, 480, "jpg");
        for (byte[] bad : new byte[][] { new byte[0], Arrays.copyOf(jpeg, Photos.MAX_BYTES + 1),
                Arrays.copyOf(jpeg, jpeg.length - 200), "GIF89a".getBytes(), Arrays.copyOf(WEBP, 20),
                Arrays.copyOf(image(640, 480, "png"), 300) }) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> Photos.accept("results[0].photo", bad));
            assertTrue(refused.fieldWords().containsKey("results[0].photo"), refused.fieldWords().keySet().toString());
        }
        assertThrows(InvalidInput.class, () -> Photos.accept("photo", null));
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 7) {
            for (int y = 0; y < height; y += 5) {
                image.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
