package steward.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import steward.support.Api;

/** Answers written and approved through the API, as customer service and a supervisor would. */
final class AnswerFixtures {

    private AnswerFixtures() {
    }

    static Map<String, Object> body(String category, String question, String answer, List<String> keywords,
            List<String> synonyms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("keywords", keywords);
        body.put("synonyms", synonyms);
        body.put("texts", Map.of("zh-Hant", Map.of("question", question, "body", answer)));
        return body;
    }

    /** A draft written by customer service; the id of the new answer. */
    static long draft(Map<String, Object> body) {
        return Api.as("service").contentType(ContentType.JSON).body(body).post("/api/v1/answers")
                .then().statusCode(201).extract().jsonPath().getLong("answerId");
    }

    static long approve(long answerId) {
        return Api.as("supervisor").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/answers/" + answerId + "/approve")
                .then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** A published answer: written by service, approved by the supervisor. The id of the answer. */
    static long published(String category, String question, String answer, List<String> keywords,
            List<String> synonyms) {
        long id = draft(body(category, question, answer, keywords, synonyms));
        approve(id);
        return id;
    }

    /** The id of the published version of an answer. */
    static long publishedVersion(long answerId) {
        return Api.as("desk").get("/api/v1/answers/" + answerId).then().statusCode(200).extract().jsonPath()
                .getLong("versionId");
    }
}
