package steward.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.resident.Building;
import steward.resident.Site;
import steward.resident.SiteDefaults;
import steward.security.Account;
import steward.security.Roles;
import steward.support.Api;
import steward.support.TestSites;

/**
 * A site of its own for each import test (its units, residents and arrears are the test's alone), with an
 * administrator, a supervisor and a desk account that work for it only.
 */
@ApplicationScoped
public class ImportFixtures {

    @Inject
    steward.StewardConfig config;

    @Inject
    SiteDefaults siteDefaults;

    /** A fresh site and its staff; {@code buildings} exist from the start. */
    public record Fresh(Long id, String code, String admin, String supervisor, String desk) {
    }

    @Transactional
    public Fresh site(String... buildings) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Site site = Site.withDefaults(config, siteDefaults);
        site.code = "imp-" + suffix;
        site.name = "匯入小區 " + suffix;
        site.timeZone = "Asia/Taipei";
        site.currency = "TWD";
        site.phoneRegion = "TW";
        site.persist();
        for (String name : buildings) {
            Building building = new Building();
            building.siteId = site.id;
            building.name = name;
            building.persist();
        }
        return new Fresh(site.id, site.code, account("admin-" + suffix, Roles.ADMIN, site),
                account("supervisor-" + suffix, Roles.SUPERVISOR, site), account("desk-" + suffix, Roles.DESK, site));
    }

    private static String account(String username, String role, Site site) {
        Account account = Account.local(username, "測試 " + username, TestSites.PASSWORD, role);
        account.siteIds.add(site.id);
        account.persist();
        return username;
    }

    /** A CSV in UTF-8 (with the byte order mark Excel writes, when asked), rows joined with CRLF. */
    static byte[] csv(boolean bom, List<String> lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** Uploads a CSV to the API as {@code user}: a dry run, or the import itself. */
    static Response upload(String user, Long siteId, String kind, byte[] body, boolean dryRun) {
        return Api.as(user).header("Accept-Language", "zh-TW").contentType("text/csv").body(body)
                .post("/api/v1/sites/" + siteId + "/imports/" + kind + "?dryRun=" + dryRun);
    }
}
