package nl.vocampus.lekwacht.support;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser-like session for REST Assured: keeps cookies (login, CSRF) between requests, never follows
 * redirects on its own, and remembers the CSRF token of the last page it read.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();
    private String csrfToken;

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Logs a demo user in through the login form, as a browser does. */
    public static WebSession login(String user) {
        WebSession session = new WebSession();
        Response response = session.request().contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", "demo")
                .post("/j_security_check");
        assertEquals(302, response.statusCode(), "login of " + user);
        assertTrue(response.header("Location").endsWith("/"), response.header("Location"));
        return session;
    }

    public RequestSpecification request() {
        return RestAssured.given().filter(cookies).redirects().follow(false);
    }

    /** GET a page; its CSRF token is kept for the next form. */
    public Response get(String path) {
        Response response = request().get(path);
        Matcher token = CSRF.matcher(response.asString());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** A form post carrying the CSRF token of the last page read; add the form fields and post. */
    public RequestSpecification form() {
        return request().contentType(ContentType.URLENC).formParam("csrf-token", csrfToken);
    }

    /** A form post without any CSRF token. */
    public RequestSpecification formWithoutToken() {
        return request().contentType(ContentType.URLENC);
    }

    public String csrfToken() {
        return csrfToken;
    }
}
