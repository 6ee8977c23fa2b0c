package org.docket.extraction;

/** Turns a library's exception into a short clause for a quarantine reason. */
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
}
