package steward.mailroom;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;
import steward.web.InvalidInput;
import steward.web.Photos;

/** Photos from the tablet camera: checked by content and size, stored as a downscaled JPEG. */
@QuarkusTest
class MailroomPhotoTest {

    @Inject
    TestSites sites;

    long item;

    @BeforeEach
    void setUp() {
        sites.ensure();
        long unit = MailroomItemTest.unitId("5棟2單元301");
        item = Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "PARCEL", "unitId", unit))
                .post("/api/v1/items").jsonPath().getLong("id");
    }

    @Test
    void aLargePngIsStoredAsAJpegOfAtMost1600Pixels() throws IOException {
        byte[] png = image(3000, 2000, "png");
        Api.as("desk").contentType("image/png").body(png).put("/api/v1/items/" + item + "/photo").then()
                .statusCode(200).body("hasPhoto", equalTo(true));
        byte[] stored = steward.support.Browser.signIn("desk").request().get("/mailroom/items/" + item + "/photo")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertEquals(1600, image.getWidth());
        assertEquals(1067, image.getHeight());
        Api.as("desk").get("/api/v1/items/" + item + "/custody").then().body("action", hasItem("PHOTOGRAPHED"));
    }

    @Test
    void tooLargeNotAnImageOrTruncatedIsRefusedNamingTheField() throws IOException {
        byte[] jpeg = image(800, 600, "jpeg");
        byte[] huge = Arrays.copyOf(jpeg, Photos.MAX_BYTES + 1);
        refuse(huge, "image/jpeg");
        refuse("這不是照片".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/jpeg");
        refuse(Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg");
        byte[] png = image(400, 300, "png");
        refuse(Arrays.copyOf(png, png.length / 2), "image/png");
        refuse(new byte[0], "image/jpeg");
        Api.as("desk").get("/api/v1/items/" + item).then().body("hasPhoto", equalTo(false));
    }

    @Test
    void photosAreCheckedByContentNotByName() throws IOException {
        byte[] jpeg = image(1200, 900, "jpeg");
        byte[] accepted = Photos.accept("photo", jpeg);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(accepted));
        assertEquals(1200, image.getWidth(), "small enough: not scaled");
        InvalidInput gif = assertThrows(InvalidInput.class, () -> Photos.accept("photo", image(10, 10, "gif")));
        assertTrue(gif.fieldWords().containsKey("photo"));
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = (byte) 0xFF;
        random[1] = (byte) 0xD8;
        random[2] = (byte) 0xFF;
        assertThrows(InvalidInput.class, () -> Photos.accept("photo", random), "a JPEG header on noise");
        assertArrayEquals(new byte[] { (byte) 0xFF, (byte) 0xD8 }, Arrays.copyOf(accepted, 2));
    }

    private void refuse(byte[] body, String type) {
        Api.as("desk").contentType(type).body(body).put("/api/v1/items/" + item + "/photo").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("photo"));
    }

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawString("包裹", width / 3, height / 2);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
