package nl.vocampus.lekwacht.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenID Connect provider: Keycloak's distribution (unpacked from Maven Central by the build, see pom.xml)
 * run as its own process in dev mode, with an in-memory database and the realm in
 * src/test/resources/keycloak imported at start. Its tokens are shaped like Microsoft Entra ID's (oid, roles,
 * idtyp); see the realm file.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "vocampus";
    /** The confidential client Lekwacht signs in with (code flow; password grant for the tests' user tokens). */
    public static final String CLIENT_ID = "lekwacht";
    public static final String CLIENT_SECRET = "lekwacht-it-client-secret-0123456789";
    /** Another school tool that reports with its own identity (client credentials, roles [staff]). */
    public static final String APP_CLIENT_ID = "lekwacht-koppeling";
    public static final String APP_CLIENT_SECRET = "lekwacht-it-app-secret-0123456789";
    /** The test's administrator: a service account allowed to manage the realm's users. */
    private static final String ADMIN_CLIENT_ID = "it-beheer";
    private static final String ADMIN_CLIENT_SECRET = "lekwacht-it-admin-secret-0123456789";
    private static final String REALM_FILE = "keycloak/vocampus-realm.json";

    /** Keycloak 26.4 supports Java 21 (17 is deprecated since Keycloak 25). */
    static final int MINIMUM_JAVA = 21;
    static final String JAVA_HOME_PROPERTY = "lekwacht.keycloak.java-home";
    static final String JAVA_HOME_VARIABLE = "KEYCLOAK_JAVA_HOME";

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startup;

    private Keycloak(Process process, int port, Path log, Duration startup) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startup = startup;
    }

    /** Starts Keycloak on a free loopback port and waits until the realm's discovery document is served. */
    public static Keycloak start() throws IOException, InterruptedException {
        Path home = home();
        Path javaHome = javaHome();
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        try (InputStream realm = Keycloak.class.getClassLoader().getResourceAsStream(REALM_FILE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_FILE + " is not on the test class path");
            }
            Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        int port = PackagedApp.freePort();
        Path log = Path.of("target", "it-logs", "keycloak-" + System.currentTimeMillis() + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--import-realm", "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + PackagedApp.freePort()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Keycloak's own Java, whatever runs the tests; no bootstrap admin: the realm's it-beheer client manages users.
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        // A provider that answers a few dozen requests never profits from the C2 compiler; on two cores, leaving it
        // out makes the start markedly shorter.
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        builder.environment().remove("KC_BOOTSTRAP_ADMIN_USERNAME");
        builder.environment().remove("KC_BOOTSTRAP_ADMIN_PASSWORD");
        Instant started = Instant.now();
        Process process = builder.start();
        Keycloak keycloak = new Keycloak(process, port, log, null);
        try {
            keycloak.awaitReady(Duration.ofSeconds(180));
        } catch (RuntimeException | InterruptedException e) {
            keycloak.close();
            throw e;
        }
        Duration startup = Duration.between(started, Instant.now());
        System.out.printf("Keycloak %s (Java %s) ready in %d ms%n", home.getFileName(), javaHome, startup.toMillis());
        return new Keycloak(process, port, log, startup);
    }

    /** The unpacked distribution: -Dkeycloak.home (set by the pom), else the one under target/keycloak. */
    static Path home() throws IOException {
        String configured = System.getProperty("keycloak.home");
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured).toAbsolutePath();
            if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
                throw new IllegalStateException("No Keycloak distribution at " + home
                        + "; './mvnw verify' unpacks org.keycloak:keycloak-quarkus-dist there in pre-integration-test");
            }
            return home;
        }
        Path target = Path.of("target", "keycloak");
        try (Stream<Path> dirs = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("bin").resolve("kc.sh"))).findFirst()
                    .map(Path::toAbsolutePath)
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution under " + target.toAbsolutePath()
                            + "; run the ITs through './mvnw verify', which unpacks it in pre-integration-test"));
        }
    }

    /**
     * The Java that runs Keycloak: -Dlekwacht.keycloak.java-home or KEYCLOAK_JAVA_HOME when set, else the running
     * Java when it is new enough, else the oldest JDK from 21 up under /usr/lib/jvm (Temurin's on these machines).
     * None found fails the test, saying how to get one.
     */
    static Path javaHome() {
        Optional<String> chosen = Optional.ofNullable(System.getProperty(JAVA_HOME_PROPERTY)).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(JAVA_HOME_VARIABLE)).filter(s -> !s.isBlank()));
        if (chosen.isPresent()) {
            Path home = Path.of(chosen.get());
            int version = featureVersion(home);
            if (version < MINIMUM_JAVA) {
                throw new IllegalStateException(JAVA_HOME_PROPERTY + "/" + JAVA_HOME_VARIABLE + " = " + home + " is "
                        + (version == 0 ? "no JDK" : "Java " + version) + "; Keycloak needs Java " + MINIMUM_JAVA + " or newer");
            }
            return home;
        }
        Path running = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= MINIMUM_JAVA && Files.isExecutable(running.resolve("bin").resolve("java"))) {
            return running;
        }
        List<Path> installed = installedJdks();
        return installed.stream().filter(dir -> featureVersion(dir) >= MINIMUM_JAVA)
                .min(Comparator.comparingInt(Keycloak::featureVersion))
                .orElseThrow(() -> new IllegalStateException("Keycloak 26.4 needs Java " + MINIMUM_JAVA + " or newer to run; the tests run on Java "
                        + Runtime.version().feature() + " and /usr/lib/jvm holds " + installed + ". Install a JDK 21 or newer under /usr/lib/jvm"
                        + " (Temurin's, or Debian 13's openjdk-21-jdk-headless), or point -D" + JAVA_HOME_PROPERTY + "=... or "
                        + JAVA_HOME_VARIABLE + " at one."));
    }

    private static List<Path> installedJdks() {
        Path jvm = Path.of("/usr/lib/jvm");
        try (Stream<Path> dirs = Files.isDirectory(jvm) ? Files.list(jvm) : Stream.empty()) {
            return dirs.filter(Files::isDirectory).filter(dir -> !Files.isSymbolicLink(dir)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The major version a JDK's release file names (JAVA_VERSION="25.0.3"), or 0 where there is none. */
    static int featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(javaHome.resolve("bin").resolve("java"))) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION=")).findFirst()
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> version.startsWith("1.") ? version.substring(2) : version)
                    .map(version -> Integer.parseInt(version.split("[.+-]")[0]))
                    .orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(issuer() + "/.well-known/openid-configuration")
                        .toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What Lekwacht is given as QUARKUS_OIDC_AUTH_SERVER_URL. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Duration startup() {
        return startup;
    }

    public Path log() {
        return log;
    }

    /** A person's access token from the password grant of the lekwacht client. */
    public String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", username, "password", password, "scope", "openid"));
    }

    /** An application's access token (client credentials), as another tool gets one from Entra ID. */
    public String applicationToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", APP_CLIENT_ID, "client_secret", APP_CLIENT_SECRET));
    }

    private String token(Map<String, String> form) {
        return RestAssured.given().baseUri(issuer()).formParams(form)
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /**
     * Renames a person as an administrator does after a change of name: new user name and address, the same
     * account (Keycloak id) and the same {@code oid} attribute. The whole representation is sent back, so no
     * attribute is lost.
     */
    public void rename(String username, String newUsername, String newEmail) {
        String admin = token(Map.of("grant_type", "client_credentials", "client_id", ADMIN_CLIENT_ID, "client_secret", ADMIN_CLIENT_SECRET));
        String users = baseUrl() + "/admin/realms/" + REALM + "/users";
        Map<String, Object> user = RestAssured.given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(users).then().statusCode(200).extract().path("[0]");
        if (user == null) {
            throw new IllegalStateException("No user " + username + " in realm " + REALM);
        }
        Map<String, Object> renamed = new java.util.HashMap<>(user);
        renamed.remove("userProfileMetadata");
        renamed.put("username", newUsername);
        renamed.put("email", newEmail);
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(renamed)
                .put(users + "/" + user.get("id")).then().statusCode(204);
    }

    /** SIGTERM to Keycloak (kc.sh forwards it to its Java process), then SIGKILL to whatever is left. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : descendants) {
            child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join();
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }
}
