package org.docket.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.docket.DocketApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Docket's Spring application for one command, with its data directory and database. */
final class Application {

    private Application() {
    }

    static ConfigurableApplicationContext start(Path home, String db, Integer port) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("docket.home", home.toString());
        if (db != null) {
            properties.put("spring.datasource.url", db);
        }
        if (port != null) {
            properties.put("server.port", port);
        } else {
            properties.put("docket.graceful-stop", true);
        }
        // as command-line arguments, so they outrank application.yml and jobs/*.yml
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(DocketApplication.class)
                .web(port == null ? WebApplicationType.NONE : WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(arguments);
    }
}
