package steward.arrears;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** A reminder rule of a site: at so many days overdue, do this. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "arrears_rule")
public class ArrearsRule extends PanacheEntityBase {

    public enum Action {
        SMS(Step.MESSAGE),
        SMS_AND_EMAIL(Step.MESSAGE),
        /** The fee detail statement by email (三(五)6). */
        STATEMENT_EMAIL(Step.MESSAGE),
        /** A collection case with a call task for one customer service staff member (三(五)1). */
        STAFF_CALL(Step.CALL),
        /** The written demand (催告書): customer service and the supervisors are asked to issue and send it. */
        WRITTEN_DEMAND(Step.DEMAND);

        /** The step a rule takes: a rule applies from its day until the next rule of the same step takes over. */
        public final Step step;

        Action(Step step) {
            this.step = step;
        }

        /** A message to the resident: it counts against the monthly cap and keeps the quiet hours. */
        public boolean toResident() {
            return step == Step.MESSAGE;
        }
    }

    /** What a rule does: message the resident, open a case with a call task, or ask for the written demand. */
    public enum Step {
        MESSAGE, CALL, DEMAND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String code;

    public int daysOverdue;

    @Enumerated(EnumType.STRING)
    public Action action;

    public boolean enabled = true;
}
