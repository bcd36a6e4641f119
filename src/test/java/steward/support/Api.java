package steward.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** RestAssured as a user: UTF-8 forms (its default ISO-8859-1 turns 王 into ?), signed in by role. */
public final class Api {

    /** Applied to every request: the Quarkus test runner resets RestAssured's global configuration. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                        .defaultCharsetForContentType("UTF-8", ContentType.URLENC)
                        .defaultCharsetForContentType("UTF-8", ContentType.JSON))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private Api() {
    }

    /** A JSON API call with HTTP Basic, as a local account. */
    public static RequestSpecification as(String username) {
        return anonymous().auth().preemptive().basic(username, TestSites.PASSWORD).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().config(CONFIG);
    }
}
