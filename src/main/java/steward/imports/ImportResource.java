package steward.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.resident.Site;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;
import steward.web.Words;

/**
 * The import and export page of a site (administrators, and supervisors of the site): templates to download, a
 * file to upload per kind, the exports; and an import's own page, which shows its progress while it runs (it can be
 * left and opened again), its report, and the button that confirms it.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class ImportResource {

    /** The import page of one site: the site's choices, the kinds, the latest imports, the upload form's key. */
    public record Page(Site site, List<Site> sites, List<ImportKind> kinds, List<ImportService.View> recent,
            String key, String maxSize, FormState form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(Page page);

        static native TemplateInstance job(ImportService.View job, ImportReport report, FormState form);

        static native TemplateInstance job$status(ImportService.View job, ImportReport report, FormState form);
    }

    @Inject
    ImportService imports;

    @Inject
    ImportText text;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    FormSteps steps;

    @Inject
    Htmx htmx;

    @GET
    public TemplateInstance page(@QueryParam("site") Long siteId) {
        return Templates.imports(page(siteId == null ? staff.currentSiteId() : siteId, FormState.NONE));
    }

    /** Receives a file and checks it in the background; its page shows the progress. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm Long site, @RestForm String kind, @RestForm String key,
            @RestForm String createBuildings, @RestForm("file") FileUpload file) {
        Long siteId = site == null ? staff.currentSiteId() : site;
        Map<String, String> typed = FormState.typed("kind", kind);
        try {
            long id = receive(siteId, kind, key, createBuildings != null, file);
            imports.runInBackground(id);
            return Response.seeOther(URI.create("/imports/" + id)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.imports(page(siteId, FormState.refused(
                    "upload-" + (kind == null ? "" : kind), typed, e, ui.locale())))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance job(@PathParam("id") Long id) {
        ImportService.View view = imports.view(id);
        ImportReport report = ImportReport.of(view, text, ui.lang());
        return htmx.isRequest() ? Templates.job$status(view, report, FormState.NONE)
                : Templates.job(view, report, FormState.NONE);
    }

    /** Writes a checked import: once, however often the button is tapped. */
    @POST
    @Path("{id}/confirm")
    public Response confirm(@PathParam("id") Long id) {
        return steps.run("confirm", Map.of(), () -> {
            if (!imports.confirm(id)) {
                throw new Conflict(Words.of(ImportMessages.class, ImportMessages::conflict_state));
            }
        }, "/imports/" + id, form -> status(id, form), form -> jobPage(id, form));
    }

    private TemplateInstance status(Long id, FormState form) {
        ImportService.View view = imports.view(id);
        return Templates.job$status(view, ImportReport.of(view, text, ui.lang()), form);
    }

    private TemplateInstance jobPage(Long id, FormState form) {
        ImportService.View view = imports.view(id);
        return Templates.job(view, ImportReport.of(view, text, ui.lang()), form);
    }

    private long receive(Long siteId, String kind, String key, boolean createBuildings, FileUpload file) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ImportKind importKind = kind == null ? null : ImportKind.ofPath(kind).orElse(null);
        if (importKind == null) {
            errors.add("kind", Words.of(ImportMessages.class, ImportMessages::error_kind));
        }
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            errors.add("file", Words.of(ImportMessages.class, ImportMessages::error_file));
        } else if (file.size() > imports.maxFileSize()) {
            errors.add("file", tooLarge(imports.maxFileSize()));
        }
        errors.throwIfAny();
        FileFormat format = FileFormat.ofUpload(file.contentType(), file.fileName());
        try (InputStream body = Files.newInputStream(file.uploadedFile())) {
            return imports.receive(new ImportService.Upload(siteId, importKind, format, file.fileName(),
                    key, createBuildings && importKind == ImportKind.UNITS, false), body);
        } catch (ImportService.TooLarge e) {
            throw InvalidInput.of("file", tooLarge(e.limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page page(Long siteId, FormState form) {
        imports.site(siteId);
        List<Site> sites = Site.list("id in ?1 order by name", staff.siteIds());
        Site site = sites.stream().filter(s -> s.id.equals(siteId)).findFirst().orElseThrow();
        return new Page(site, sites, List.of(ImportKind.values()), imports.recent(siteId),
                UUID.randomUUID().toString(), size(imports.maxFileSize()), form);
    }

    /** The refusal of a file above the limit, naming the limit. */
    private static Words tooLarge(long limit) {
        return Words.of(ImportMessages.class, m -> m.error_too_large(size(limit)));
    }

    /** A size as people read it: 64 MB. */
    static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }
}
