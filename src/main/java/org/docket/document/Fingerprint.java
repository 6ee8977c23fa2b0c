package org.docket.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, and document ids that stay the same when the same file is taken in again. */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The id of the file at this place with these bytes: a re-run over the same inbox finds the same ids. */
    public static String documentId(String sha256, Path source) {
        MessageDigest digest = digest();
        digest.update(sha256.getBytes(StandardCharsets.US_ASCII));
        digest.update(source.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        return "d" + HexFormat.of().formatHex(digest.digest()).substring(0, 23);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }
}
