package nl.vocampus.lekwacht.teams;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.common.LekwachtConfig;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Posts a message to a Teams channel with the Quarkus REST client. Each school has its own URL, so a client is built
 * per post for that URL, with connect and read timeouts below the escalation lease: a post that outlived its lease
 * could be posted again by another node. Anything but a 2xx is a failed attempt, described without the URL.
 */
@Startup
@ApplicationScoped
public class TeamsPoster {

    private final LekwachtConfig.Teams config;

    TeamsPoster(LekwachtConfig config) {
        this.config = config.teams();
        // Checked at start (the bean is eager), so a wrong setting stops the service instead of every post.
        if (this.config.connectTimeout().plus(this.config.readTimeout()).compareTo(config.escalation().lease()) >= 0) {
            throw new IllegalStateException("lekwacht.teams.connect-timeout plus lekwacht.teams.read-timeout (" + this.config.connectTimeout()
                    + " + " + this.config.readTimeout() + ") must be shorter than lekwacht.escalation.lease (" + config.escalation().lease()
                    + "), or another instance may post the same step while this one still waits");
        }
    }

    /** Returns once Workflows accepted the message; throws {@link PostFailedException} when it did not. */
    public void post(WebhookUrl url, Map<String, Object> message) {
        WorkflowsWebhook client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(url.base())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(WorkflowsWebhook.class);
        try (Response response = client.post(url.queryParameters(), message)) {
            if (response.getStatus() / 100 != 2) {
                throw new PostFailedException("Teams answered HTTP " + response.getStatus());
            }
        } catch (WebApplicationException e) {
            throw new PostFailedException("Teams answered HTTP " + e.getResponse().getStatus());
        } catch (PostFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PostFailedException(describe(e));
        } finally {
            close(client);
        }
    }

    /** The kind of failure only: the messages of the HTTP client can quote the URL, and with it the signature. */
    private String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Timeout")) {
                return "Teams did not answer within " + config.readTimeout().toSeconds() + " s (" + name + ")";
            }
            if (t instanceof ConnectException) {
                return "Teams could not be reached (" + name + ")";
            }
            if (t instanceof UnknownHostException) {
                return "The Teams channel's host is unknown (" + name + ")";
            }
            if (t.getCause() == null) {
                return "Teams could not be posted to (" + name + ")";
            }
        }
        return "Teams could not be posted to";
    }

    private static void close(WorkflowsWebhook client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing a client that failed to connect: nothing left to release.
            }
        }
    }

    /** A post that did not arrive; the message is safe to store and log. */
    public static class PostFailedException extends RuntimeException {
        PostFailedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
