package steward.resident;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** A building of a site (棟, 座). Closed, never deleted, once units refer to it. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Building extends PanacheEntityBase {

    public static final int MAX_NAME_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String name;

    public Instant closedAt;

    @Version
    public int version;

    public boolean isClosed() {
        return closedAt != null;
    }
}
