package steward.center;

import java.time.Instant;

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

/** A stretch of time a staff member is on call, first (PRIMARY) or as the backup, with the phone to reach them. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "on_call_shift")
public class OnCallShift extends PanacheEntityBase {

    public enum Role {
        PRIMARY, BACKUP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String username;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** E.164. */
    public String phone;

    public Instant startsAt;

    public Instant endsAt;

    /** The usernames on call at a site at a moment in one role, earliest shift first. */
    public static java.util.List<String> onCallAt(Long siteId, Role role, Instant at) {
        return OnCallShift.<OnCallShift>list("siteId = ?1 and role = ?2 and startsAt <= ?3 and endsAt > ?3 "
                + "order by startsAt, id", siteId, role, at).stream().map(s -> s.username).distinct().toList();
    }
}
