package steward.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.hibernate.annotations.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import steward.resident.Resident;
import steward.support.Api;
import steward.support.TestSites;

/**
 * Site scoping in one place: a query or a load by id that names no site still reads only the caller's sites'
 * rows, and no entity with a site escapes the filter that does it.
 */
@QuarkusTest
class SiteScopeTest {

    @Inject
    TestSites sites;

    @Inject
    EntityManager entityManager;

    TestSites.FreshSite north;
    TestSites.FreshSite south;

    @BeforeEach
    void twoSites() {
        sites.ensure();
        north = sites.freshSite("scope-n");
        south = sites.freshSite("scope-s");
    }

    @Test
    void everyEntityWithASiteCarriesTheFilter() {
        List<String> unfiltered = entityManager.getMetamodel().getEntities().stream()
                .filter(SiteScopeTest::hasSite)
                .filter(entity -> Arrays.stream(entity.getJavaType().getAnnotationsByType(Filter.class))
                        .noneMatch(filter -> filter.name().equals(SiteScope.FILTER)))
                .map(EntityType::getName).sorted().toList();
        assertEquals(List.of(), unfiltered, "entities with a siteId that a query could read across sites");
        long withSite = entityManager.getMetamodel().getEntities().stream().filter(SiteScopeTest::hasSite).count();
        assertTrue(withSite >= 50, "the check sees the application's entities: " + withSite);
    }

    @Test
    void aQueryNamingNoSiteReadsOnlyTheCallersSites() {
        Api.as(north.account(Roles.DESK)).queryParam("id", north.residentId(), south.residentId())
                .get("/api/v1/test-only/site-scope/residents").then().statusCode(200)
                .body("", contains(north.residentId().intValue()));
        Api.as(south.account(Roles.DESK)).queryParam("id", north.residentId(), south.residentId())
                .get("/api/v1/test-only/site-scope/residents").then().statusCode(200)
                .body("", contains(south.residentId().intValue()));
        Api.as(south.account(Roles.DESK)).queryParam("id", north.unitId(), south.unitId())
                .get("/api/v1/test-only/site-scope/units").then().statusCode(200)
                .body("", contains(south.unitId().intValue()));
    }

    @Test
    void anotherSitesRowDoesNotLoadEvenById() {
        Api.as(north.account(Roles.DESK)).get("/api/v1/test-only/site-scope/residents/" + north.residentId())
                .then().statusCode(200).body(org.hamcrest.Matchers.is("true"));
        Api.as(north.account(Roles.DESK)).get("/api/v1/test-only/site-scope/residents/" + south.residentId())
                .then().statusCode(200).body(org.hamcrest.Matchers.is("false"));
    }

    @Test
    void anAccountWithTwoSitesReadsBothAndOneWithoutSitesReadsNone() {
        String both = sites.freshAccountOn(north.siteId(), Roles.DESK);
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>find("username", both).firstResult()
                .siteIds.add(south.siteId()));
        Api.as(both).queryParam("id", north.residentId(), south.residentId())
                .get("/api/v1/test-only/site-scope/residents").then().statusCode(200)
                .body("", containsInAnyOrder(north.residentId().intValue(), south.residentId().intValue()));

        String none = sites.freshAccountOn(north.siteId(), Roles.DESK);
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>find("username", none).firstResult()
                .siteIds.clear());
        Api.as(none).queryParam("id", north.residentId(), south.residentId())
                .get("/api/v1/test-only/site-scope/residents").then().statusCode(200).body("", empty());
    }

    @Test
    void workThatIsNoOnesRequestSeesEverySite() {
        // as a scheduled job does: no HTTP request, so no one whose sites would bound it
        List<Long> seen = QuarkusTransaction.requiringNew().call(() -> Resident.<Resident>list(
                "id in ?1 order by id", List.of(north.residentId(), south.residentId())).stream()
                .map(r -> r.id).toList());
        assertEquals(List.of(north.residentId(), south.residentId()), seen);
    }

    private static boolean hasSite(EntityType<?> entity) {
        return entity.getAttributes().stream().anyMatch(attribute -> attribute.getName().equals("siteId"));
    }
}
