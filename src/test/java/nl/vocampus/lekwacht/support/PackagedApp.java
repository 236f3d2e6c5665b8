package nl.vocampus.lekwacht.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application (target/quarkus-app) run as its own process, as an operator would run it. */
public final class PackagedApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with the given system properties and environment; waits until it is ready. */
    public static PackagedApp start(String name, Map<String, String> properties, Map<String, String> environment) throws IOException, InterruptedException {
        return start(name, properties, environment, null);
    }

    /** As {@link #start(String, Map, Map)}, in {@code workDir} (where Quarkus reads .env and config/application.properties). */
    public static PackagedApp start(String name, Map<String, String> properties, Map<String, String> environment, Path workDir)
            throws IOException, InterruptedException {
        PackagedApp app = launch(name, properties, environment, workDir);
        app.awaitReady(Duration.ofSeconds(120));
        return app;
    }

    /** Starts the jar and waits for it to give up; returns its log. Fails when it becomes ready or runs on past the timeout. */
    public static String startExpectingRefusal(String name, Map<String, String> properties, Map<String, String> environment, Path workDir)
            throws IOException, InterruptedException {
        PackagedApp app = launch(name, properties, environment, workDir);
        try {
            if (!app.process.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The application did not stop by itself within 120 s; see " + app.log);
            }
            if (app.process.exitValue() == 0) {
                throw new IllegalStateException("The application exited with 0; see " + app.log);
            }
            return Files.readString(app.log);
        } finally {
            app.process.destroyForcibly();
        }
    }

    /** Runs the jar as a command ({@code java -jar quarkus-run.jar <arguments>}) to its end; returns its exit code and output. */
    public static Command run(String name, List<String> arguments, Map<String, String> properties) throws IOException, InterruptedException {
        Path appDir = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app")).toAbsolutePath();
        Path log = Path.of("target", "it-logs", name + "-" + System.currentTimeMillis() + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(appDir.resolve("quarkus-run.jar").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not end within 180 s; see " + log);
        }
        return new Command(process.exitValue(), Files.readString(log));
    }

    /** The end of a command: its exit code and everything it printed. */
    public record Command(int exitCode, String output) {
    }

    private static PackagedApp launch(String name, Map<String, String> properties, Map<String, String> environment, Path workDir)
            throws IOException {
        Path appDir = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app")).toAbsolutePath();
        int port = freePort();
        Path log = Path.of("target", "it-logs", name + "-" + System.currentTimeMillis() + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-Dquarkus.http.port=" + port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(appDir.resolve("quarkus-run.jar").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("QUARKUS_DATASOURCE_USERNAME");
        builder.environment().remove("QUARKUS_DATASOURCE_PASSWORD");
        builder.environment().putAll(environment);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        return new PackagedApp(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/q/health/ready").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application was not ready within " + timeout + "; see " + log);
    }

    /** SIGTERM, as Kubernetes and systemd stop a service; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not stop within 60 s after SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
