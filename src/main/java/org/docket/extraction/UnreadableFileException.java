package org.docket.extraction;

/** A file Docket will not or cannot read; the message is the sentence recorded with it in quarantine. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
