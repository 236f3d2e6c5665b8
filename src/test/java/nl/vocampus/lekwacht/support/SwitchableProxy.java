package nl.vocampus.lekwacht.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy that can be switched off, as a mail relay goes down: connections are refused and the
 * open ones are closed. Restarting GreenMail itself leaves half-open sockets behind, which is not how
 * a real SMTP outage looks. It can also hang, as a relay whose process is stuck: connections are
 * accepted and then never answered.
 */
public final class SwitchableProxy {

    private final int listenPort;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile boolean hanging;

    public SwitchableProxy(int listenPort, int targetPort) {
        this.listenPort = listenPort;
        this.targetPort = targetPort;
    }

    public synchronized void up() {
        if (server != null && hanging) {
            // The stuck process restarts: its sessions end, the port stays open.
            hanging = false;
            closeSessions();
            return;
        }
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "smtp-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void down() {
        if (server == null) {
            return;
        }
        close(server);
        server = null;
        hanging = false;
        closeSessions();
    }

    /** Ends every open session and keeps listening, as a relay's idle timeout or restart does. */
    public synchronized void dropSessions() {
        closeSessions();
    }

    private void closeSessions() {
        sockets.forEach(SwitchableProxy::close);
        sockets.clear();
    }

    /** Accepts connections and never says a word; the open sessions freeze too. {@link #up()} ends it, as a relay restart would. */
    public synchronized void hang() {
        up();
        hanging = true;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                sockets.add(client);
                if (hanging) {
                    continue;
                }
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(target);
                pipe(client, target);
                pipe(target, client);
            } catch (IOException e) {
                // closed by down()
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (hanging) {
                        continue;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                close(from);
                close(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "smtp-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
