package steward.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;

/**
 * A data source of one table: a select of the resident's rows (parameters {@code :site} and {@code :resident})
 * and the update that erases their personal data.
 */
abstract class SqlDataSource implements ResidentDataSource {

    @Inject
    EntityManager em;

    abstract String exportSql();

    /** The update erasing the personal data; null when the records hold none to erase. */
    abstract String eraseSql();

    @Override
    public List<Map<String, Object>> export(Long siteId, Long residentId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(exportSql(), Tuple.class).setParameter("site", siteId)
                .setParameter("resident", residentId).getResultList();
        return rows.stream().map(SqlDataSource::values).toList();
    }

    @Override
    public long erase(Long siteId, Long residentId) {
        if (eraseSql() == null) {
            return 0;
        }
        return em.createNativeQuery(eraseSql()).setParameter("site", siteId).setParameter("resident", residentId)
                .executeUpdate();
    }

    private static Map<String, Object> values(Tuple row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TupleElement<?> element : row.getElements()) {
            Object value = row.get(element);
            if (value instanceof java.sql.Timestamp timestamp) {
                value = timestamp.toInstant();
            }
            values.put(element.getAlias(), value instanceof java.sql.Array || value instanceof Object[]
                    ? List.of((Object[]) (value instanceof java.sql.Array a ? unwrap(a) : value)) : value);
        }
        return values;
    }

    private static Object[] unwrap(java.sql.Array array) {
        try {
            return (Object[]) array.getArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
