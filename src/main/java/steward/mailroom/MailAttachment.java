package steward.mailroom;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** The photo of an item (JPEG) or the receiver's signature (PNG); one of each per item. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "mail_attachment")
public class MailAttachment extends PanacheEntityBase {

    public static final String PHOTO = "PHOTO";
    public static final String SIGNATURE = "SIGNATURE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long itemId;

    public String purpose;

    public String mediaType;

    public byte[] content;

    public Instant createdAt;
}
