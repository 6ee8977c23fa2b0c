package org.docket.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.docket.training.RoutingThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The thresholds ./docket train writes reach routing, and jobs/routing.yml still has the last word. */
class RoutingPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(RoutingProperties.class)
    static class RoutingOnly {
    }

    private static RoutingProperties loaded(Path jobs) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RoutingOnly.class)
                .web(WebApplicationType.NONE).run("--DOCKET_JOBS=" + jobs)) {
            return context.getBean(RoutingProperties.class);
        }
    }

    @Test
    void trainedThresholdsAreUsedAndRoutingYmlOverridesThem(@TempDir Path jobs) throws Exception {
        RoutingThresholds.write(Map.of("waste", 0.725, "complaints", 0.96, "accounts-payable", 0.5), jobs.resolve("routing-thresholds.yml"), "a test");
        Files.writeString(jobs.resolve("routing.yml"), """
                docket:
                  routing:
                    default-threshold: 0.95
                    minimum-margin: 0.25
                    thresholds:
                      complaints: 1.0
                """);
        RoutingPolicy policy = loaded(jobs).policy();
        assertThat(policy.thresholdFor("waste")).isEqualTo(0.725);
        assertThat(policy.thresholdFor("accounts-payable")).isEqualTo(0.5);
        assertThat(policy.thresholdFor("complaints")).isEqualTo(1.0);
        assertThat(policy.thresholdFor("planning")).isEqualTo(0.95);
        assertThat(policy.minimumMargin()).isEqualTo(0.25);
    }

    @Test
    void withoutTrainedThresholdsEveryCategoryTakesTheDefault(@TempDir Path jobs) {
        RoutingPolicy policy = loaded(jobs).policy();
        assertThat(policy.thresholdFor("waste")).isEqualTo(0.90);
        assertThat(policy.minimumMargin()).isEqualTo(0.30);
    }
}
