package nl.vocampus.lekwacht.secrets;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals the secrets Lekwacht stores (a school's Teams channel URL) with AES-256-GCM, so a database dump alone does not
 * reveal them. The key is {@code lekwacht.secrets.key}; without one the embedded default keeps a random key in a file
 * beside its data ({@link KeyFile}), and anywhere else nothing can be sealed: setting a secret is refused, the rest of
 * the service runs.
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class);
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Optional<SecretKey> key;

    @Inject
    SecretBox(LekwachtConfig config) {
        this(loadKey(config.secrets().key(), config.embeddedDb().active(), Path.of(config.embeddedDb().dataDir())));
    }

    SecretBox(Optional<byte[]> key) {
        this.key = key.map(SecretBox::aes);
    }

    /** Reads the key at start-up, so a malformed one stops the service then, not at the first post. */
    void onStart(@Observes StartupEvent event) {
        if (key.isEmpty()) {
            LOG.info("No lekwacht.secrets.key configured: Teams channels cannot be set until it is");
        }
    }

    public boolean available() {
        return key.isPresent();
    }

    /** Nonce, then ciphertext and tag; {@code context} (the row's owner, e.g. the school id) is bound in as associated data. */
    public byte[] seal(byte[] plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes; throws {@link SecretUnreadableException} when the key or the context does not match. */
    public byte[] open(byte[] sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException | IllegalArgumentException e) {
            throw new SecretUnreadableException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private SecretKey requireKey() {
        return key.orElseThrow(SecretUnreadableException::new);
    }

    /** The configured key; else, in the embedded default, the one in the file beside its data; else none. */
    static Optional<byte[]> loadKey(Optional<String> configured, boolean embedded, Path dataDir) {
        Optional<String> key = configured.filter(k -> !k.isBlank());
        if (key.isPresent()) {
            return Optional.of(decode(key.get()));
        }
        if (embedded) {
            return Optional.of(KeyFile.besideData(dataDir.toAbsolutePath()).readOrCreate());
        }
        return Optional.empty();
    }

    /** The configured key; the message never quotes it. */
    static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lekwacht.secrets.key is not base64; it must be base64 of " + KEY_BYTES + " random bytes");
        }
        if (bytes.length != KEY_BYTES) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalStateException("lekwacht.secrets.key must be base64 of " + KEY_BYTES + " random bytes");
        }
        return bytes;
    }

    private static SecretKey aes(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    /** A sealed value that cannot be opened: another key than it was sealed with, no key, or moved to another row. */
    public static class SecretUnreadableException extends RuntimeException {
        SecretUnreadableException() {
            super("the stored secret cannot be opened with the configured lekwacht.secrets.key", null, false, false);
        }
    }
}
