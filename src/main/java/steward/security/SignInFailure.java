package steward.security;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Recent failed sign-ins of one username from one client address (see {@link SignInThrottle}). */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    public String address;

    public int failures;

    public Instant firstFailedAt;

    /** Until when sign-ins of this username from this address are refused; null when not locked out. */
    public Instant lockedUntil;

    public static SignInFailure of(String username, String address) {
        return find("username = ?1 and address = ?2", username, address).firstResult();
    }
}
