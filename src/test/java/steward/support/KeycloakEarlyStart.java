package steward.support;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the real Keycloak as the test run begins, when the run includes the single sign-on test: Keycloak needs
 * about half a minute to serve its realm, which it then spends beside the other tests, at a low priority on the CPU
 * they leave idle, instead of in front of the test that needs it. The test's resource ({@link KeycloakServer})
 * takes the running Keycloak over, or starts one itself when none was started here. The Keycloak started here ends
 * with the test plan at the latest, so a plan run again (continuous testing) starts one at a time.
 */
public class KeycloakEarlyStart implements TestExecutionListener {

    /** The test class whose profile starts {@link KeycloakServer}. */
    static final String NEEDED_BY = "steward.security.KeycloakSingleSignOnTest";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (KeycloakServer.missing().isEmpty() && includes(plan, NEEDED_BY)) {
            KeycloakServer.launchEarly();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        KeycloakServer.endEarly();
    }

    private static boolean includes(TestPlan plan, String className) {
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier test : plan.getDescendants(root)) {
                if (test.getSource().orElse(null) instanceof ClassSource source
                        && source.getClassName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }
}
