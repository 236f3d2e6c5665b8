package nl.vocampus.lekwacht.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded default's secrets key: random, made on first use and kept beside (not inside) the database's data
 * directory, readable by its owner only, so it survives restarts and a copy of the data directory alone does not
 * carry it.
 */
public record KeyFile(Path path) {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** {@code data} → {@code data-secrets.key} in the same directory. */
    public static KeyFile besideData(Path dataDir) {
        return new KeyFile(dataDir.resolveSibling(dataDir.getFileName() + "-secrets.key"));
    }

    public byte[] readOrCreate() {
        try {
            if (!Files.exists(path)) {
                create();
            }
            return SecretBox.decode(Files.readString(path, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secrets key file " + path, e);
        }
    }

    private void create() throws IOException {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(path.toAbsolutePath().getParent());
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // Another process made it first: use theirs.
            return;
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the file inherits the directory's access list.
            Files.createFile(path);
        }
        Files.writeString(path, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
