package nl.vocampus.lekwacht.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Workflows "When a Teams webhook request is received" URL. It carries its own signature ({@code sig=}), so whoever
 * has it can post: {@link #toString()} gives the {@link #hint()} only, and no message built here quotes it.
 */
public final class WebhookUrl {

    private final URI uri;

    private WebhookUrl(URI uri) {
        this.uri = uri;
    }

    /** The URL, or why it cannot be one, in words that never repeat it. */
    public static Parsed parse(String text, boolean allowLoopbackHttp) {
        if (text == null || text.isBlank()) {
            return Parsed.error("is required");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return Parsed.error("is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Parsed.error("is not a valid URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopbackHttp = allowLoopbackHttp && "http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            return Parsed.error("must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Parsed.error("must name a host");
        }
        if (uri.getUserInfo() != null) {
            return Parsed.error("must not carry a user name or password");
        }
        String sig = query(uri).get("sig");
        if (sig == null || sig.isBlank()) {
            return Parsed.error("must carry its sig parameter: copy the whole URL from Workflows");
        }
        return new Parsed(Optional.of(new WebhookUrl(uri)), null);
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }

    /** The URL without its query, which is where the client sends the post. */
    public URI base() {
        // From the raw parts: the multi-argument constructors would encode an escaped path a second time.
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath()));
    }

    /** The query parameters, percent-decoded (the client encodes them again); a '+' stays a plus, as Workflows means it. */
    public Map<String, String> queryParameters() {
        return query(uri);
    }

    /** Host and the URL's last four characters: enough to recognise a channel, not to post to it. */
    public String hint() {
        String whole = uri.toString();
        return uri.getHost() + " …" + whole.substring(Math.max(0, whole.length() - 4));
    }

    public String host() {
        return uri.getHost();
    }

    public String lastCharacters() {
        String whole = uri.toString();
        return whole.substring(Math.max(0, whole.length() - 4));
    }

    /** The full URL, for sealing; nothing else should ask. */
    public String reveal() {
        return uri.toString();
    }

    @Override
    public String toString() {
        return hint();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return parameters;
        }
        Arrays.stream(uri.getRawQuery().split("&")).filter(p -> !p.isEmpty()).forEach(pair -> {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                parameters.put(decode(name), decode(value));
            } catch (IllegalArgumentException e) {
                parameters.put(name, value);
            }
        });
        return parameters;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The outcome of {@link #parse}: a URL, or the error for the field. */
    public record Parsed(Optional<WebhookUrl> url, String error) {
        static Parsed error(String message) {
            return new Parsed(Optional.empty(), message);
        }
    }
}
