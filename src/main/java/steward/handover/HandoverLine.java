package steward.handover;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** A record as a handover lists it (see {@link HandoverSection.Line}), and whether the incoming one found it. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "handover_line")
public class HandoverLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long sectionId;

    public int position;

    public Long refId;

    public String code;

    public String label;

    public String detail;

    public String owner;

    public Integer quantity;

    public Instant at;

    public BigDecimal amount;

    public String link;

    public boolean missing;

    static HandoverLine of(HandoverSection.Line line) {
        HandoverLine row = new HandoverLine();
        row.refId = line.refId();
        row.code = line.code();
        row.label = cut(line.label(), 300);
        row.detail = cut(line.detail(), 300);
        row.owner = line.owner();
        row.quantity = line.quantity();
        row.at = line.at();
        row.amount = line.amount() == null ? null : line.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        row.link = line.link();
        return row;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

}
