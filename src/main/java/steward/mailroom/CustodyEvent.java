package steward.mailroom;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;
import steward.web.StoredText;
import steward.web.StoredTextColumn;

/** One step of the chain of custody. The database refuses to change or delete it. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "mail_custody_event")
public class CustodyEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long itemId;

    public Long outboundDocumentId;

    @Enumerated(EnumType.STRING)
    public CustodyAction action;

    public String actor;

    public Instant occurredAt;

    /**
     * Never the description of a sealed item, nor a pickup code or a full ID number: as data ({@code detailText}),
     * rendered in the reader's language; rows from before kept a sentence ({@code detail}).
     */
    public String detail;

    @Convert(converter = StoredTextColumn.class)
    public StoredText detailText;
}
