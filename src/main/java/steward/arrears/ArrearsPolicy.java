package steward.arrears;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** How a site collects arrears: the order of the steps, who gets a case's call task, the language of its letters. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "arrears_policy")
public class ArrearsPolicy extends PanacheEntityBase {

    /** The order of the steps. */
    public enum CallOrder {
        /**
         * The seed's (三(五)1): a case with a call task first; messages to the resident only after a call (the
         * appointment's reminder, an SMS after two calls that did not reach, the statement by email).
         */
        PHONE_FIRST,
        /** Messages to the resident at their days whether or not anyone has called; a call later. */
        MESSAGES_FIRST
    }

    /** Who gets the call task of a case the rules open. */
    public enum Assignment {
        /** One named staff member of customer service. */
        NAMED,
        /** The site's customer service staff in turn. */
        ROUND_ROBIN
    }

    @Id
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public CallOrder callOrder;

    @Enumerated(EnumType.STRING)
    public Assignment assignment = Assignment.ROUND_ROBIN;

    /** The named staff member (NAMED). */
    public String assignee;

    /** Where the round robin stands: the last staff member it gave a case to. */
    public String lastAssigned;

    /** The language written demands are printed in. */
    public String letterLanguage = "zh-Hant";
}
