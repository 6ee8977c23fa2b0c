package org.docket.cli;

import java.util.concurrent.Callable;
import org.docket.search.Reindexing;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", description = "Rebuild the search index from what the database records.")
class ReindexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            int indexed = context.getBean(Reindexing.class).rebuild();
            spec.commandLine().getOut().println("Indexed " + indexed + " documents in " + common.home().resolve("index"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
