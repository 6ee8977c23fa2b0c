package org.docket.training.samples;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Files that cannot be read as post and must end in quarantine with a reason: empty, cut short,
 * locked with a password, or of a kind nobody can open.
 */
final class BrokenFiles {

    enum Kind {
        EMPTY("empty", "pdf", "broken-empty"),
        TRUNCATED_PDF("truncated", "pdf", "broken-truncated-pdf"),
        ENCRYPTED_PDF("encrypted", "pdf", "broken-encrypted-pdf"),
        UNKNOWN_BINARY("unknown", "bin", "broken-binary"),
        TRUNCATED_DOCX("truncated", "docx", "broken-truncated-docx");

        final String fileWord;
        final String extension;
        final String label;

        Kind(String fileWord, String extension, String label) {
            this.fileWord = fileWord;
            this.extension = extension;
            this.label = label;
        }
    }

    private BrokenFiles() {
    }

    static byte[] truncated(byte[] whole, double keep) {
        return Arrays.copyOf(whole, (int) (whole.length * keep));
    }

    static byte[] unknownBinary(Random random) {
        byte[] bytes = new byte[4096 + random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Opening needs the user password; RC4 with a fixed document ID and seeded randomness repeats byte for byte. */
    static byte[] encrypted(PDDocument letter, Random random) throws IOException {
        try (letter) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + random.nextInt(1_000_000),
                    "user-" + random.nextInt(1_000_000), new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(false);
            letter.protect(policy);
            letter.getEncryption().getSecurityHandler().setCustomSecureRandom(seeded(random.nextLong()));
            return PdfFiles.save(letter);
        }
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
            sr.setSeed(seed);
            return sr;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is in every JDK", e);
        }
    }
}
