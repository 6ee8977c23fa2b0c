package org.docket.digitisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where each page's image waits, as read (turned and straightened), between its reading and its
 * document's PDF: written whole to a temporary name and renamed, so a crash never leaves half a page.
 */
final class PageImageFiles {

    private PageImageFiles() {
    }

    static Path of(Path work, int seq) {
        return work.resolve("pages").resolve(seq + ".jpg");
    }

    static void keep(Path work, int seq, byte[] jpeg) throws IOException {
        Path target = of(work, seq);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(seq + ".jpg.partial");
        Files.write(partial, jpeg);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
