package steward.complaint;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import steward.support.Api;

/** Complaints and promises made through the API, as the tests' users make them. */
final class Complaints {

    private Complaints() {
    }

    static long residentId(String name) {
        return Api.as("service").queryParam("q", name).get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    static long receive(String role, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).post("/api/v1/complaints").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A complaint of 陳大文 (one unit: 5棟2單元502), taken by service at the desk. */
    static long ofChen(String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("residentId", residentId("陳大文"));
        body.put("channel", "DESK");
        body.put("category", "NOISE");
        body.put("severity", "MEDIUM");
        body.put("description", description);
        return receive("service", body);
    }

    static long promise(String role, long complaintId, String what, Instant dueAt) {
        return Api.as(role).contentType(ContentType.JSON).body(Map.of("what", what, "dueAt", dueAt.toString()))
                .post("/api/v1/complaints/" + complaintId + "/promises").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
