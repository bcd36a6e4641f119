package steward.center;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import steward.support.Api;

/** What the center's tests share: a desk of site A with the seed's checklist, and real photos. */
final class Center {

    private Center() {
    }

    /** A new desk (a unique name per call), created by the supervisor through the API. */
    static JsonPath desk(String name) {
        return Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/inspections/desks").then().statusCode(201).extract().jsonPath();
    }

    static List<Long> itemIds(JsonPath desk) {
        return desk.getList("items.id", Long.class);
    }

    /** An image of the given size and format, drawn in memory. */
    static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 90));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
