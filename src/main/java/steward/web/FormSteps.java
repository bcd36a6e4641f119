package steward.web;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * One step of a form on a page (a button or a small form that changes a record), answered the way every page
 * does: without htmx, a redirect back to the page after success (post, redirect, get), or the whole page with
 * the refused form and 400 (bad input) or 409 (the record's state no longer allows the step); with htmx always
 * 200, because htmx swaps only 2xx answers, with the fragment re-rendered and the form's messages in it.
 */
@RequestScoped
public class FormSteps {

    @Inject
    Htmx htmx;

    /**
     * @param formName which form of the page the step came from (its messages show next to its fields)
     * @param typed what was typed, to put back into the refused form
     * @param pageAfter where a browser without htmx goes after success
     * @param fragment the part of the page htmx swaps, rendered after the step
     * @param page the whole page, rendered after a refused step
     */
    public Response run(String formName, Map<String, String> typed, Runnable action, String pageAfter,
            Function<FormState, TemplateInstance> fragment, Function<FormState, TemplateInstance> page) {
        FormState form;
        int status;
        try {
            action.run();
            if (!htmx.isRequest()) {
                return Response.seeOther(URI.create(pageAfter)).build();
            }
            form = FormState.NONE;
            status = 200;
        } catch (InvalidInput e) {
            form = FormState.refused(formName, typed, e);
            status = 400;
        } catch (Conflict e) {
            form = FormState.notice(formName, e.getMessage());
            status = 409;
        }
        if (htmx.isRequest()) {
            return Response.ok(fragment.apply(form)).build();
        }
        return Response.status(status).entity(page.apply(form)).build();
    }
}
