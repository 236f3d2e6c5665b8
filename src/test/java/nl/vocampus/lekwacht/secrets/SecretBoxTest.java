package nl.vocampus.lekwacht.secrets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretBoxTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final byte[] URL = "https://prod-12.westeurope.logic.azure.com/workflows/x?sig=s3cr3t".getBytes(StandardCharsets.UTF_8);

    @Nested
    class WhereTheKeyComesFrom {

        @TempDir
        Path dir;

        @Test
        void aConfiguredKeyIsUsedAndNoFileIsWritten() {
            Optional<byte[]> key = SecretBox.loadKey(Optional.of(KEY), true, dir.resolve("data"));
            assertArrayEquals(Base64.getDecoder().decode(KEY), key.orElseThrow());
            assertFalse(Files.exists(dir.resolve("data-secrets.key")));
        }

        @Test
        void theEmbeddedDefaultMakesARandomKeyBesideItsDataReadableByItsOwnerOnly() throws Exception {
            byte[] first = SecretBox.loadKey(Optional.empty(), true, dir.resolve("data")).orElseThrow();
            Path file = dir.resolve("data-secrets.key");
            assertTrue(Files.exists(file), "beside the data directory, not in it");
            assertEquals(KeyFile.OWNER_ONLY, Files.getPosixFilePermissions(file));
            assertEquals(32, first.length);
            assertArrayEquals(first, SecretBox.loadKey(Optional.empty(), true, dir.resolve("data")).orElseThrow(), "survives a restart");
            assertNotEquals(Base64.getEncoder().encodeToString(first), Base64.getEncoder().encodeToString(
                    SecretBox.loadKey(Optional.empty(), true, dir.resolve("other")).orElseThrow()), "random per installation");
        }

        @Test
        void elsewhereThereIsNoKeyAndNothingCanBeSealed() {
            assertEquals(Optional.empty(), SecretBox.loadKey(Optional.empty(), false, dir.resolve("data")));
            assertEquals(Optional.empty(), SecretBox.loadKey(Optional.of("  "), false, dir.resolve("data")));
            SecretBox box = new SecretBox(Optional.empty());
            assertFalse(box.available());
            assertThrows(SecretBox.SecretUnreadableException.class, () -> box.seal(URL, "teams_channel:1"));
        }

        @Test
        void aKeyOfTheWrongLengthIsRefusedWithoutQuotingIt() {
            String short16 = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecretBox.loadKey(Optional.of(short16), false, dir));
            assertFalse(e.getMessage().contains(short16), e.getMessage());
            IllegalStateException notBase64 = assertThrows(IllegalStateException.class, () -> SecretBox.loadKey(Optional.of("not base64!"), false, dir));
            assertFalse(notBase64.getMessage().contains("not base64!"), notBase64.getMessage());
        }
    }

    @Nested
    class Sealing {

        final SecretBox box = new SecretBox(SecretBox.loadKey(Optional.of(KEY), false, Path.of("unused")));

        @Test
        void aSealedValueOpensWithTheSameKeyAndContext() {
            byte[] sealed = box.seal(URL, "teams_channel:1");
            assertArrayEquals(URL, box.open(sealed, "teams_channel:1"));
            assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("s3cr3t"));
        }

        @Test
        void eachSealingDiffers() {
            assertNotEquals(Base64.getEncoder().encodeToString(box.seal(URL, "teams_channel:1")),
                    Base64.getEncoder().encodeToString(box.seal(URL, "teams_channel:1")));
        }

        @Test
        void aValueMovedToAnotherSchoolOrOpenedWithAnotherKeyDoesNotOpen() {
            byte[] sealed = box.seal(URL, "teams_channel:1");
            assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(sealed, "teams_channel:2"));
            SecretBox other = new SecretBox(Optional.of("abcdef0123456789abcdef0123456789".getBytes(StandardCharsets.US_ASCII)));
            assertThrows(SecretBox.SecretUnreadableException.class, () -> other.open(sealed, "teams_channel:1"));
        }

        @Test
        void aTamperedValueDoesNotOpen() {
            byte[] sealed = box.seal(URL, "teams_channel:1");
            sealed[sealed.length - 1] ^= 1;
            assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(sealed, "teams_channel:1"));
        }
    }
}
