package org.docket.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Serve the web pages until Ctrl-C.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", description = "default 8080")
    int port = 8080;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        serve(common.home(), common.db, port, spec);
        return 0;
    }

    static void serve(java.nio.file.Path home, String db, int port, CommandSpec spec) throws InterruptedException {
        ConfigurableApplicationContext context = Application.start(home, db, port);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        spec.commandLine().getOut().println("Docket: http://localhost:" + port + "/  (sign in; the review queue for the mailroom, /search for everyone; Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        closed.await();
    }
}
