package steward.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.TypedDates;

/**
 * The working calendar on a page (supervisors keep it, administrators too): each weekday's hours in up to two
 * stretches, the holidays and make-up working days, and the import of a CSV file with a dry run first.
 */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class CalendarResource {

    /** Two stretches a weekday on the page: a morning and an afternoon (the API takes any number). */
    static final int STRETCHES = 2;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(CalendarService.View calendar, List<DayOfWeek> weekdays,
                List<Integer> stretches, CalendarService.ImportReport report, FormState form);

        static native TemplateInstance calendar$page(CalendarService.View calendar, List<DayOfWeek> weekdays,
                List<Integer> stretches, CalendarService.ImportReport report, FormState form);
    }

    @Inject
    CalendarService calendars;

    @Inject
    StaffContext staff;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance page() {
        return Templates.calendar(calendars.view(staff.currentSiteId()), List.of(DayOfWeek.values()), stretches(),
                null, FormState.NONE);
    }

    @POST
    @Path("hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hours(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        List<CalendarService.Hours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int i = 0; i < STRETCHES; i++) {
                String opens = form.getFirst("opens-" + day + "-" + i);
                String closes = form.getFirst("closes-" + day + "-" + i);
                typed.put("opens-" + day + "-" + i, opens == null ? "" : opens);
                typed.put("closes-" + day + "-" + i, closes == null ? "" : closes);
                if (opens != null && !opens.isBlank() || closes != null && !closes.isBlank()) {
                    // A time field cannot say 24:00: a stretch that closes at 00:00 runs to the end of the day.
                    String end = "00:00".equals(blankToNull(closes)) ? "24:00" : blankToNull(closes);
                    hours.add(new CalendarService.Hours(day, blankToNull(opens), end));
                }
            }
        }
        boolean counts = "true".equals(form.getFirst("countsWorkingTime"));
        return step("hours", typed, () -> calendars.putHours(staff.currentSiteId(), counts, hours));
    }

    @POST
    @Path("days")
    public Response addDay(@RestForm String date, @RestForm String name, @RestForm String working) {
        return step("day", FormState.typed("date", date, "name", name, "working", working),
                () -> calendars.putDay(staff.currentSiteId(),
                        new CalendarService.Day(date(date), "true".equals(working), blankToNull(name))));
    }

    @POST
    @Path("days/{date}/remove")
    public Response removeDay(@PathParam("date") String date) {
        return step("days", Map.of(), () -> calendars.removeDay(staff.currentSiteId(), date(date)));
    }

    /** The file is checked first (dry run) or imported; the page shows the report either way. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importDays(@RestForm("file") FileUpload file, @RestForm String dryRun) {
        boolean onlyCheck = !"false".equals(dryRun);
        return steps.run("import", Map.of(), () -> calendars.importDays(staff.currentSiteId(), bytes(file), onlyCheck),
                report -> After.show(() -> Templates.calendar$page(calendars.view(staff.currentSiteId()),
                        List.of(DayOfWeek.values()), stretches(), report, FormState.NONE), "/calendar"),
                form -> Templates.calendar$page(calendars.view(staff.currentSiteId()), List.of(DayOfWeek.values()),
                        stretches(), null, form),
                form -> Templates.calendar(calendars.view(staff.currentSiteId()), List.of(DayOfWeek.values()),
                        stretches(), null, form));
    }

    private Response step(String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/calendar",
                form -> Templates.calendar$page(calendars.view(staff.currentSiteId()), List.of(DayOfWeek.values()),
                        stretches(), null, form),
                form -> Templates.calendar(calendars.view(staff.currentSiteId()), List.of(DayOfWeek.values()),
                        stretches(), null, form));
    }

    private static List<Integer> stretches() {
        return java.util.stream.IntStream.range(0, STRETCHES).boxed().toList();
    }

    /** A date typed in the form; a date that is none is refused next to the field. */
    private LocalDate date(String text) {
        return TypedDates.day(text, "date"); // none: the record's own rule names the field
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
