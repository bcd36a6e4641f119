package steward.billing;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.query.NativeQuery;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.StaffContext;
import steward.web.UiContext;

/**
 * What the cashier's services ask about the caller: who posts (a person, or the system for jobs and events
 * outside a request), and which units and sites they may touch. What they name is said in the reader's language
 * where it is read ({@code Words}).
 */
@ApplicationScoped
public class Desk {

    static final String SYSTEM = "system";

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    java.time.Clock clock;

    @Inject
    CurrentVertxRequest httpRequest;

    public String actor() {
        return inRequest() ? staff.username() : SYSTEM;
    }

    /** The caller's current site: the request's, read once for the page and its header alike. */
    public Site currentSite() {
        Site site = ui.site();
        if (site == null) {
            throw new NotFoundException();
        }
        return site;
    }

    /** A unit of the caller's sites; any other id is "not found", whether or not it exists. */
    public Unit unit(Long unitId) {
        Unit unit = findUnit(unitId);
        if (unit == null) {
            throw new NotFoundException();
        }
        return unit;
    }

    /** A unit of the caller's sites, or null. */
    public Unit findUnit(Long unitId) {
        return unitId == null ? null : Unit.findById(unitId);
    }

    /** A unit and its site. */
    public record UnitAt(Unit unit, Site site) {
    }

    /** A unit of the caller's sites and its site (the request's own when it is that one); null if there is none. */
    public UnitAt findUnitAt(Long unitId) {
        Unit unit = findUnit(unitId);
        if (unit == null) {
            return null;
        }
        Site current = currentSite();
        return new UnitAt(unit, current.id.equals(unit.siteId) ? current : Site.findById(unit.siteId));
    }

    /**
     * A unit of the caller's sites and its site, read in one statement, the unit locked until the transaction ends:
     * one payment at a time per account. The lock lets other transactions add rows that refer to the unit (it is not
     * {@code FOR UPDATE}). Null if there is none.
     */
    UnitAt lockUnitAt(Long unitId) {
        if (unitId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select {u.*}, {s.*} from unit u join site s on s.id = u.site_id where u.id = ?1 and u.site_id in (?2)
                   for no key update of u""")
                .unwrap(NativeQuery.class).addEntity("u", Unit.class).addEntity("s", Site.class)
                .setParameter(1, unitId).setParameterList(2, staff.siteIds()).getResultList();
        return rows.isEmpty() ? null : new UnitAt((Unit) rows.get(0)[0], (Site) rows.get(0)[1]);
    }

    /** Today in the site's time zone: the business day of postings and of the daily close. */
    public LocalDate today(Site site) {
        return LocalDate.ofInstant(clock.instant(), site.zone());
    }

    /** Serving an HTTP request (not a job, nor an event fired outside one): there is a person. */
    private boolean inRequest() {
        return Arc.container().requestContext().isActive() && httpRequest.getCurrent() != null;
    }
}
