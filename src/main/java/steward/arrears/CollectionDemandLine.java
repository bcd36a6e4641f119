package steward.arrears;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import steward.billing.FeeItem;

/** One overdue charge on a written demand, as it stood when the demand was issued. */
@Entity
@Table(name = "collection_demand_line")
@IdClass(CollectionDemandLine.Key.class)
public class CollectionDemandLine extends PanacheEntityBase {

    /** The line's key: its demand and its position on the letter. */
    public static class Key implements Serializable {

        public Long demandId;
        public Integer position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(demandId, key.demandId)
                    && java.util.Objects.equals(position, key.position);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(demandId, position);
        }
    }

    @Id
    public Long demandId;

    @Id
    public Integer position;

    @Enumerated(EnumType.STRING)
    public FeeItem item;

    public String period;

    public LocalDate dueDate;

    public BigDecimal amount;
}
