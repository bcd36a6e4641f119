package steward.imports;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.InvalidInput;
import steward.web.Problem;
import steward.web.UiContext;

/**
 * Imports and exports of a site's units, residents and opening balances (administrators, and supervisors of the
 * site), and the template files.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports and exports")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class ImportApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ImportService imports;

    @Inject
    ExportService exports;

    @Inject
    ImportTemplates templates;

    @Inject
    ImportText text;

    @Inject
    UiContext ui;

    @POST
    @Path("sites/{id}/imports/{kind}")
    @Operation(summary = "Import a CSV or XLSX file of units, residents or opening balances into a site",
            description = "Every row is checked. With dryRun=true (the default) nothing is written: 200 with the "
                    + "report. With dryRun=false the whole file is written in one transaction when every row passes "
                    + "(201, Location of the import), and nothing is written when any is refused (422 with the "
                    + "report). Rows are matched by natural keys (unit label; resident name with a phone or a unit; "
                    + "opening balance by unit, item and month), so importing the same file again changes nothing. "
                    + "CSV may be UTF-8 (with or without a byte order mark) or Big5 (CP950). The same Idempotency-Key "
                    + "again answers the first import's report without reading the body.")
    @RequestBody(content = { @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = FileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Checked (dry run): the report; nothing written")
    @APIResponse(responseCode = "201", description = "Written: the report")
    @APIResponse(responseCode = "400", description = "dryRun or createBuildings is not true or false")
    @APIResponse(responseCode = "404", description = "No such site of the caller's, or no such kind")
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit; nothing read")
    @APIResponse(responseCode = "415", description = "Neither text/csv nor the XLSX media type")
    @APIResponse(responseCode = "422", description = "Not a dry run, and rows (or the file) were refused: the report; "
            + "nothing written")
    public Response upload(@PathParam("id") Long siteId,
            @PathParam("kind") @Parameter(schema = @Schema(enumeration = { "units", "residents",
                    "opening-balances" })) String kind,
            @QueryParam("dryRun") @Parameter(schema = @Schema(enumeration = { "true", "false" }, defaultValue = "true"))
            String dryRun,
            @QueryParam("createBuildings") @Parameter(description = "Units: create the buildings the file names "
                    + "that the site does not have yet", schema = @Schema(enumeration = { "true", "false" },
                            defaultValue = "false")) String createBuildings,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        ImportKind importKind = ImportKind.ofPath(kind).orElseThrow(NotFoundException::new);
        boolean write = !flag(dryRun, "dryRun", true);
        boolean create = flag(createBuildings, "createBuildings", false);
        imports.site(siteId);
        // Any body reaches the method (so that roles are checked before the media type); these two are read.
        FileFormat format = FileFormat.ofMediaType(contentType).orElse(null);
        if (format == null) {
            return Problem.response(415, "Unsupported Media Type", "Send the file as " + FileFormat.CSV_TYPE + " or "
                    + FileFormat.XLSX_TYPE + ".");
        }
        long id = imports.receive(new ImportService.Upload(siteId, importKind, format, null, key, create, write), body);
        ImportService.View view = imports.runNow(id);
        ImportReport report = ImportReport.of(view, text, ui.lang());
        URI location = URI.create("/api/v1/imports/" + id);
        if (view.state() == ImportState.DONE) {
            return Response.created(location).entity(report).build();
        }
        if (view.running()) {
            return Response.accepted(report).location(location).build();
        }
        boolean refused = view.state() == ImportState.FAILED || view.rowsRefused() > 0 || view.refusalCount() > 0;
        return Response.status(write && refused ? 422 : 200).location(location).entity(report).build();
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "An import of one of the caller's sites: its state, progress and report")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such import in the caller's sites")
    public ImportReport report(@PathParam("id") Long id) {
        return ImportReport.of(imports.view(id), text, ui.lang());
    }

    @GET
    @Path("imports/templates/{kind}")
    @Produces({ FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "The template of a kind of import: headings in the caller's language and an example row")
    @APIResponse(responseCode = "200", description = "The template file")
    @APIResponse(responseCode = "400", description = "format is neither csv nor xlsx")
    @APIResponse(responseCode = "404", description = "No such kind")
    public Response template(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "units", "residents",
            "opening-balances" })) String kind,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "csv", "xlsx" }, defaultValue = "csv"))
            String format) {
        ImportKind importKind = ImportKind.ofPath(kind).orElseThrow(NotFoundException::new);
        FileFormat fileFormat = format(format);
        String lang = ui.lang();
        StreamingOutput file = out -> {
            try (TableWriter writer = TableWriter.of(fileFormat, out, text.messages(lang).kind(importKind))) {
                writer.row(templates.headings(importKind, lang));
                writer.row(templates.example(importKind, lang));
            }
        };
        return download(file, fileFormat, importKind.path + "-template");
    }

    @GET
    @Path("sites/{id}/exports/{kind}")
    @Produces({ FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "A site's units or residents as a file in the import template's columns, which imports "
            + "again without changes (the export is recorded in the audit trail)")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "400", description = "format is neither csv nor xlsx")
    @APIResponse(responseCode = "404", description = "No such site of the caller's, or a kind that is not exported")
    public Response export(@PathParam("id") Long siteId,
            @PathParam("kind") @Parameter(schema = @Schema(enumeration = { "units", "residents" })) String kind,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "csv", "xlsx" }, defaultValue = "csv"))
            String format) {
        ImportKind importKind = ImportKind.ofPath(kind).filter(ImportKind::exportable)
                .orElseThrow(NotFoundException::new);
        FileFormat fileFormat = format(format);
        exports.record(siteId, importKind, fileFormat);
        String lang = ui.lang();
        StreamingOutput file = out -> exports.write(siteId, importKind, fileFormat, lang, out);
        return download(file, fileFormat, importKind.path);
    }

    @ServerExceptionMapper
    Response tooLarge(ImportService.TooLarge e) {
        return Problem.response(413, "Content Too Large", "The file is larger than " + e.limit + " bytes.");
    }

    static Response download(StreamingOutput file, FileFormat format, String name) {
        String type = format == FileFormat.CSV ? FileFormat.CSV_TYPE + "; charset=UTF-8" : format.mediaType;
        return Response.ok(file).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static FileFormat format(String format) {
        if (format == null || format.isBlank()) {
            return FileFormat.CSV;
        }
        return FileFormat.of(format)
                .orElseThrow(() -> InvalidInput.of("format", InputRules.said("steward.one_of", "csv, xlsx")));
    }

    private static boolean flag(String value, String name, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInput.of(name, InputRules.said("steward.one_of", "true, false"));
        };
    }
}
