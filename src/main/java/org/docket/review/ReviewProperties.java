package org.docket.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param undoWindow how long after a decision its reviewer may undo it from the review screen;
 *                   after that, a routed document is recalled from its history page instead
 */
@ConfigurationProperties("docket.review")
public record ReviewProperties(Duration undoWindow) {

    public ReviewProperties {
        undoWindow = undoWindow == null ? Duration.ofSeconds(30) : undoWindow;
    }
}
