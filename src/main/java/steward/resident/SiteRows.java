package steward.resident;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import steward.web.InvalidInput;

/** Rows a form or an API body names by id, taken only from the caller's site. */
public final class SiteRows {

    private SiteRows() {
    }

    /**
     * The row of that id, if it is one of the site's; otherwise null, with {@code unknown} recorded against the
     * field (a row of another site reads as unknown, never as forbidden). Null when no id was given.
     */
    public static <T> T named(Class<T> entity, Long id, Long siteId, String field, steward.web.Words unknown,
            InvalidInput.Collector errors) {
        if (id == null) {
            return null;
        }
        EntityManager em = Panache.getEntityManager();
        T row = em.createQuery("from " + em.getMetamodel().entity(entity).getName()
                + " where id = :id and siteId = :site", entity).setParameter("id", id).setParameter("site", siteId)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            errors.add(field, unknown);
        }
        return row;
    }
}
