package org.docket.extraction;

import java.time.Duration;

/** Turns a library's exception, or a reader's end, into a short clause for a quarantine reason. */
final class Reasons {

    private static final int LONGEST = 200;

    private Reasons() {
    }

    static String brief(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() <= LONGEST ? message : message.substring(0, LONGEST) + "…";
    }

    static String tookTooLong(Duration limit) {
        return "reading it took longer than the " + duration(limit) + " limit for one file";
    }

    static String duration(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
