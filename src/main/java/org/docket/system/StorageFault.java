package org.docket.system;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A write Docket could not make to its data directory or to a connector's folder, said as what to do
 * next: the disk is full, or a folder is missing or is not a folder. The job fails on it; nothing of
 * the chunk in flight is kept, and {@code ./docket restart} continues once it is put right.
 */
public final class StorageFault extends IOException {

    private StorageFault(String sentence, IOException cause) {
        super(sentence, cause);
    }

    /**
     * @param what      the part of Docket that was writing, e.g. "the content store" or "the folder connector"
     * @param where     the folder it writes under
     * @param execution the job execution to restart
     */
    public static StorageFault of(IOException cause, String what, Path where, long execution) {
        Path folder = where.toAbsolutePath().normalize();
        String restart = "run ./docket restart " + execution;
        if (diskFull(cause)) {
            return new StorageFault("the disk holding " + folder + " is full, so " + what + " cannot write there: free space on it and "
                    + restart, cause);
        }
        Path file = cause instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()).toAbsolutePath().normalize() : folder;
        String problem;
        if (Files.exists(file) && !Files.isDirectory(file)) {
            problem = file + " is a file where a folder should be";
        } else if (!Files.isDirectory(folder)) {
            problem = folder + " is missing (a share that is not mounted?)";
        } else {
            problem = "writing " + file + " failed: " + reason(cause);
        }
        return new StorageFault(what + " cannot write: " + problem + ". Put it right and " + restart, cause);
    }

    private static boolean diskFull(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(IOException cause) {
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
