package steward.web;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * One step of a form on a page (a button or a small form that changes a record), answered the way every page
 * does: without htmx, a redirect back to the page after success (post, redirect, get), or the whole page with
 * the refused form and 400 (bad input) or 409 (the record's state no longer allows the step); with htmx always
 * 200, because htmx swaps only 2xx answers, with the fragment re-rendered and the form's messages in it. A step
 * whose answer depends on what it did (the page of what it made, the change of a payment) returns it, and
 * {@link After} says where that leads.
 */
@RequestScoped
public class FormSteps {

    /**
     * Where a step leads after success, made from what the step did (the receipt a payment made, the card just
     * issued): the page a browser without htmx goes to, and what htmx does.
     */
    public record After(String page, Supplier<TemplateInstance> fragment) {

        /**
         * htmx goes to the page as well (by {@code HX-Redirect}): the step changed more than its fragment shows, or
         * its form is a plain one that leads to another page.
         */
        public static After goTo(String page) {
            return new After(page, null);
        }

        /** htmx swaps in the fragment in place of the form; a browser without htmx goes to the page. */
        public static After show(Supplier<TemplateInstance> fragment, String page) {
            return new After(page, fragment);
        }
    }

    @Inject
    Htmx htmx;

    /** The page's language, in which a refused step's messages are said. */
    @Inject
    UiContext ui;

    /**
     * @param formName which form of the page the step came from (its messages show next to its fields)
     * @param typed what was typed, to put back into the refused form
     * @param pageAfter where a browser without htmx goes after success
     * @param fragment the part of the page htmx swaps, rendered after the step
     * @param page the whole page, rendered after a refused step
     */
    public Response run(String formName, Map<String, String> typed, Runnable action, String pageAfter,
            Function<FormState, TemplateInstance> fragment, Function<FormState, TemplateInstance> page) {
        return run(formName, typed, () -> {
            action.run();
            return null;
        }, nothing -> After.show(() -> fragment.apply(FormState.NONE), pageAfter), fragment, page);
    }

    /**
     * A step whose answer after success depends on what it did.
     *
     * @param formName which form of the page the step came from (its messages show next to its fields)
     * @param typed what was typed, to put back into the refused form
     * @param action the step, returning what it did
     * @param after where the step leads, made from what it did
     * @param fragment the part of the page htmx swaps, rendered with the refused form; null for a plain form htmx
     *        does not swap, whose refusal is the whole page with its status whoever asked
     * @param page the whole page, rendered after a refused step
     */
    public <T> Response run(String formName, Map<String, String> typed, Supplier<T> action,
            Function<T, After> after, Function<FormState, TemplateInstance> fragment,
            Function<FormState, TemplateInstance> page) {
        T done;
        try {
            done = action.get();
        } catch (InvalidInput e) {
            return refused(FormState.refused(formName, typed, e, ui.locale()), 400, fragment, page);
        } catch (Conflict e) {
            return refused(FormState.notice(formName, e.message(ui.locale())), 409, fragment, page);
        }
        After next = after.apply(done);
        if (!htmx.isRequest()) {
            return Response.seeOther(URI.create(next.page())).build();
        }
        if (next.fragment() == null) {
            // A 303 would be followed inside htmx's request and the whole page swapped into the form's place.
            return Response.ok().header("HX-Redirect", next.page()).build();
        }
        return Response.ok(next.fragment().get()).build();
    }

    private Response refused(FormState form, int status, Function<FormState, TemplateInstance> fragment,
            Function<FormState, TemplateInstance> page) {
        if (htmx.isRequest() && fragment != null) {
            return Response.ok(fragment.apply(form)).build();
        }
        return Response.status(status).entity(page.apply(form)).build();
    }
}
