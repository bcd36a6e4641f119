package steward.security;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Single sign-on is on exactly when an identity provider is configured: {@code quarkus.oidc.tenant-enabled}
 * follows {@code quarkus.oidc.auth-server-url}, so the desk runs on local accounts alone where there is none.
 * An explicit {@code quarkus.oidc.tenant-enabled} still wins (this source has a low ordinal).
 */
public class SingleSignOnSwitch implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue server = context.getValue("quarkus.oidc.auth-server-url");
        boolean configured = server != null && server.getValue() != null && !server.getValue().isBlank();
        return List.of(new MapBackedConfigSource("steward-single-sign-on-switch",
                Map.of("quarkus.oidc.tenant-enabled", Boolean.toString(configured)), 150) {
        });
    }
}
