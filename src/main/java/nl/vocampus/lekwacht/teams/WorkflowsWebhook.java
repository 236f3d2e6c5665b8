package nl.vocampus.lekwacht.teams;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Map;

/** A Workflows webhook trigger: one POST of a message to the URL the school gave, its own query (sig, ...) included. */
public interface WorkflowsWebhook {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response post(@RestQuery Map<String, String> query, Map<String, Object> message);
}
