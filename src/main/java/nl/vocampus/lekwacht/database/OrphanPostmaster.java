package nl.vocampus.lekwacht.database;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on the data directory by an earlier Lekwacht that was killed (an OOM kill, a
 * crashed VM): the postmaster outlives its parent and holds postmaster.pid, so a new server would not start.
 *
 * <p>Whether that postmaster is an orphan is decided by a lock file beside the data directory, held by the
 * Lekwacht process that uses it for as long as it runs. The kernel releases the lock when that process dies,
 * however it dies. Lock free and a postmaster running: an orphan, stopped cleanly (SIGTERM, a smart shutdown
 * with a checkpoint). Lock held: another Lekwacht is using the directory, and this one refuses to start.
 */
final class OrphanPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    private static final long STOP_SECONDS = 60;

    /** Held for the life of the process; never released explicitly. */
    @SuppressWarnings("unused")
    private static FileLock held;

    private OrphanPostmaster() {
    }

    static synchronized void stopIfRunning(Path dataDir) {
        lockDataDirectory(dataDir);
        Optional<ProcessHandle> postmaster = postmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle orphan = postmaster.get();
        LOG.warnf("A PostgreSQL (pid %d) left running by an earlier run holds %s; stopping it before starting", orphan.pid(), dataDir);
        orphan.destroy();
        try {
            orphan.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL left running on " + dataDir + " (pid " + orphan.pid()
                    + ") did not stop within " + STOP_SECONDS + " s; stop it by hand and start again", e);
        }
        LOG.infof("The earlier PostgreSQL (pid %d) stopped cleanly", orphan.pid());
    }

    private static void lockDataDirectory(Path dataDir) {
        if (held != null) {
            return;
        }
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        try {
            Files.createDirectories(dataDir.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Lekwacht is running on the embedded database in " + dataDir
                        + " (it holds " + lockFile + "); stop it first, or give this one its own lekwacht.embedded-db.data-dir");
            }
            held = lock;
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The embedded database in " + dataDir + " is already in use by this process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + lockFile, e);
        }
    }

    /** The live process named by postmaster.pid, if it is a PostgreSQL server on this very directory. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            // A torn or foreign pid file: PostgreSQL itself decides whether it is stale.
            return Optional.empty();
        }
    }
}
