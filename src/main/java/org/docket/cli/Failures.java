package org.docket.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.springframework.beans.factory.BeanCreationException;

/** Turns what went wrong into one sentence for the person at the terminal; stack traces stay in the log. */
final class Failures {

    private Failures() {
    }

    static String sentence(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof SQLException sql) {
                return "the database could not be reached or refused the work (" + sql.getMessage().lines().findFirst().orElse("")
                        + "). Check --db and that the database is running.";
            }
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                if (cause.getMessage() != null && !(cause.getCause() instanceof BeanCreationException)) {
                    return cause.getMessage();
                }
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                return cause.getMessage();
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        String message = cause == null ? null : cause.getMessage();
        return message == null ? String.valueOf(cause) : message.lines().findFirst().orElse(message);
    }
}
