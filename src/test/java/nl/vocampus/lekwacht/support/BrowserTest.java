package nl.vocampus.lekwacht.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test class that drives the real Chromium. Where Debian's chromium and chromium-driver are not installed
 * the class is skipped with one loud line saying how to install them, so {@code ./mvnw verify} passes on a
 * fresh machine, unless {@code -Dlekwacht.browser-tests=required} (set by .ci/run) demands them: then the
 * class runs and fails, so CI can never go green without the browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTest.Available.class)
public @interface BrowserTest {

    String REQUIRED_PROPERTY = "lekwacht.browser-tests";

    class Available implements ExecutionCondition {

        private static final AtomicBoolean WARNED = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (installed()) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
            }
            if ("required".equals(System.getProperty(REQUIRED_PROPERTY))) {
                return ConditionEvaluationResult.enabled("browser tests are required (-Dlekwacht.browser-tests=required): they run and fail");
            }
            String reason = "BROWSER TESTS SKIPPED: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                    + " is missing; install them with 'apt-get install chromium chromium-driver' (.ci/run does, and requires them)";
            if (WARNED.compareAndSet(false, true)) {
                System.err.println("\n*** " + reason + " ***\n");
            }
            return ConditionEvaluationResult.disabled(reason);
        }

        static boolean installed() {
            return new File(Browser.CHROMIUM).canExecute() && new File(Browser.CHROMEDRIVER).canExecute();
        }
    }
}
