package nl.vocampus.lekwacht.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The security headers of every response: pages, the API, error answers, static files and 404s alike, since they are
 * added when the response's headers are written, whoever wrote the rest.
 *
 * <ul>
 * <li>A Content-Security-Policy without inline script or style, that lets nothing frame a page. A response that
 * brings its own policy (the demo inbox's mail body) keeps it.</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (links in reports never tell
 * another site which incident was open) and a Permissions-Policy that switches off what Lekwacht never uses.</li>
 * <li>{@code Cache-Control: no-store} on everything but the static files (no personal data) and answers that set
 * their own (the deadlines keep their ETag revalidation).</li>
 * <li>Over HTTPS (the scheme as the proxy reports it, when quarkus.http.proxy.* says to trust it): HSTS, and the
 * {@code Secure} attribute on every cookie (Quarkus sets it only when this server itself speaks TLS).</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000";
    /** Served from the jar's META-INF/resources: stylesheet, scripts, icon. */
    private static final List<String> STATIC = List.of("/css/", "/js/", "/favicon.ico");
    /** Quarkus's own pages (Dev UI in dev mode, Swagger UI when included) bring inline scripts; they are no Lekwacht pages. */
    private static final List<String> OWN_POLICY = List.of("/q/dev-ui", "/q/swagger-ui");

    private final String policy;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcServer) {
        this.policy = policy(oidcServer);
    }

    /**
     * The page policy. Forms post only to Lekwacht, but logging out of Entra ID is a redirect after the logout form, and
     * Chromium holds redirects after a form to form-action too: so the sign-in server's origin is allowed there.
     */
    static String policy(Optional<String> oidcServer) {
        String formAction = "'self'" + oidcServer.map(SecurityHeaders::origin).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "frame-ancestors 'none'; form-action " + formAction + "; base-uri 'none'; object-src 'none'";
    }

    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** First of all routes, so that every answer the router gives passes here. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::headers);
    }

    void headers(RoutingContext context) {
        String path = context.normalizedPath();
        boolean https = "https".equalsIgnoreCase(context.request().scheme());
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            if (!headers.contains(CSP) && OWN_POLICY.stream().noneMatch(path::startsWith)) {
                headers.set(CSP, policy);
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("Permissions-Policy", PERMISSIONS);
            if (!headers.contains("Cache-Control") && STATIC.stream().noneMatch(path::startsWith)) {
                headers.set("Cache-Control", "no-store");
            }
            if (https) {
                headers.set("Strict-Transport-Security", HSTS);
                List<String> cookies = headers.getAll("Set-Cookie");
                if (!cookies.isEmpty()) {
                    headers.remove("Set-Cookie");
                    cookies.forEach(c -> headers.add("Set-Cookie", c.toLowerCase(java.util.Locale.ROOT).contains("; secure") ? c : c + "; Secure"));
                }
            }
        });
        context.next();
    }
}
