package nl.vocampus.lekwacht.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a Workflows "When a Teams webhook request is received" trigger on a free local port. It takes what
 * Workflows takes (a message with one Adaptive Card 1.4 attachment, the sig of its URL) and records every post with
 * what was wrong with it; on demand it answers 500 or hangs.
 */
public final class TeamsWebhook implements AutoCloseable {

    public enum Mode { ACCEPT, FAIL, HANG }

    public static final String PATH = "/workflows/0c5e8a8e/triggers/manual/paths/invoke";
    public static final String SIG = "Zq8vTeStSiGnAtUrE0123456789abcdefXYZ-_k";

    /** One post as it arrived ({@code receivedNanos} of System.nanoTime), and what Workflows would have refused about it (empty: nothing). */
    public record Post(long receivedNanos, String path, String query, String body, JsonNode json, List<String> problems) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<Post> posts = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Mode mode = Mode.ACCEPT;

    public TeamsWebhook() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The channel's URL, as Workflows gives it: path, api-version, sp, sv and sig. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + PATH
                + "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + SIG;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<Post> posts() {
        synchronized (posts) {
            return List.copyOf(posts);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        List<String> problems = new ArrayList<>();
        JsonNode message = null;
        if (!"POST".equals(exchange.getRequestMethod())) {
            problems.add("method " + exchange.getRequestMethod());
        }
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            problems.add("path " + exchange.getRequestURI().getPath());
        }
        if (query == null || !query.contains("sig=" + SIG) || !query.contains("api-version=2016-06-01")) {
            problems.add("query without the URL's sig and api-version");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            problems.add("content type " + type);
        }
        try {
            message = json.readTree(body);
            problems.addAll(shapeProblems(message));
        } catch (IOException e) {
            problems.add("not JSON");
        }
        posts.add(new Post(received, exchange.getRequestURI().getPath(), query, body, message, problems));
        Mode now = mode;
        if (now == Mode.HANG) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = now == Mode.FAIL ? 500 : problems.isEmpty() ? 202 : 400;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** What Workflows checks: a message, one Adaptive Card attachment, version 1.4, a link to open. */
    private static List<String> shapeProblems(JsonNode message) {
        List<String> problems = new ArrayList<>();
        if (!"message".equals(message.path("type").asText())) {
            problems.add("type is not message (a bare card is refused)");
        }
        JsonNode attachments = message.path("attachments");
        if (!attachments.isArray() || attachments.size() != 1) {
            problems.add("not exactly one attachment");
            return problems;
        }
        JsonNode attachment = attachments.get(0);
        if (!"application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
            problems.add("attachment content type " + attachment.path("contentType").asText());
        }
        JsonNode card = attachment.path("content");
        if (!"AdaptiveCard".equals(card.path("type").asText()) || !"1.4".equals(card.path("version").asText())) {
            problems.add("content is not an AdaptiveCard 1.4");
        }
        JsonNode actions = card.path("actions");
        if (!actions.isArray() || actions.size() != 1 || !"Action.OpenUrl".equals(actions.get(0).path("type").asText())) {
            problems.add("no single Action.OpenUrl");
        }
        return problems;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
