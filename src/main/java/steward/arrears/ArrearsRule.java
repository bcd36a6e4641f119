package steward.arrears;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder rule of a site: at so many days overdue, do this. */
@Entity
@Table(name = "arrears_rule")
public class ArrearsRule extends PanacheEntityBase {

    public enum Action {
        SMS,
        SMS_AND_EMAIL,
        /** A task for customer service to telephone the customer (the outbox's banner and email to staff). */
        STAFF_CALL;

        public boolean toResident() {
            return this != STAFF_CALL;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    public String code;

    @Column(name = "days_overdue")
    public int daysOverdue;

    @Enumerated(EnumType.STRING)
    public Action action;

    public boolean enabled = true;
}
