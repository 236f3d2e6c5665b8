package nl.vocampus.lekwacht.escalation;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Does the SMTP relay answer? Opens a connection to quarkus.mailer.host:port (TLS when the mailer uses
 * it), reads the 220 greeting, says EHLO and QUIT, each within lekwacht.mail.health-timeout. Its own
 * group, GET /q/health/group/mail, and deliberately not readiness or liveness: Lekwacht keeps taking
 * reports while mail is down, and retries the messages it owes. Reports the relay's host:port only,
 * never credentials nor the server's text.
 */
@HealthGroup("mail")
@ApplicationScoped
public class MailRelayHealthCheck implements HealthCheck {

    static final String NAME = "SMTP relay";

    private final String host;
    private final int port;
    private final boolean tls;
    private final boolean trustAll;
    private final boolean mock;
    private final String ehloName;
    private final int timeoutMillis;

    @SuppressWarnings("java:S107")
    MailRelayHealthCheck(@ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost") String host,
                         @ConfigProperty(name = "quarkus.mailer.port") Optional<Integer> port,
                         @ConfigProperty(name = "quarkus.mailer.tls") Optional<Boolean> tls,
                         @ConfigProperty(name = "quarkus.mailer.ssl") Optional<Boolean> ssl,
                         @ConfigProperty(name = "quarkus.mailer.trust-all") Optional<Boolean> trustAll,
                         @ConfigProperty(name = "quarkus.mailer.mock") Optional<Boolean> mock,
                         @ConfigProperty(name = "quarkus.mailer.own-host-name") Optional<String> ownHostName,
                         LekwachtConfig config) {
        this.host = host;
        this.tls = tls.or(() -> ssl).orElse(false);
        this.port = port.orElse(this.tls ? 465 : 25);
        this.trustAll = trustAll.orElse(false);
        this.mock = mock.orElse(false);
        this.ehloName = ownHostName.orElse("localhost");
        this.timeoutMillis = (int) Math.max(1, config.mail().healthTimeout().toMillis());
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("relay", host + ":" + port)
                .withData("tls", tls);
        if (mock) {
            // Mails are only logged (dev mode): there is no relay to ask.
            return response.withData("mock", true).up().build();
        }
        try (Socket socket = open()) {
            socket.setSoTimeout(timeoutMillis);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            int greeting = reply(in);
            if (greeting != 220) {
                return response.withData("reply", greeting).withData("step", "greeting").down().build();
            }
            out.write(("EHLO " + ehloName + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int ehlo = reply(in);
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (ehlo != 250) {
                return response.withData("reply", ehlo).withData("step", "EHLO").down().build();
            }
            return response.up().build();
        } catch (IOException | GeneralSecurityException e) {
            // The exception's class says enough (refused, timed out, TLS); its message may carry addresses.
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }

    private Socket open() throws IOException, GeneralSecurityException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(host, port), timeoutMillis);
        if (!tls) {
            return plain;
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll ? new TrustManager[]{new TrustingAll()} : null, null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        if (!trustAll) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
        }
        socket.setSoTimeout(timeoutMillis);
        socket.startHandshake();
        return socket;
    }

    /** The code of an SMTP reply, reading past the lines of a multi-line one ("250-..." up to "250 ..."). */
    private static int reply(BufferedReader in) throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new java.io.EOFException();
            }
            if (line.length() < 3) {
                return -1;
            }
            if (line.length() == 3 || line.charAt(3) != '-') {
                try {
                    return Integer.parseInt(line.substring(0, 3));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
    }

    /** Only with quarkus.mailer.trust-all=true, as the mailer itself then does: the check asks what the mailer would see. */
    @SuppressWarnings("java:S4830")
    private static final class TrustingAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
