package org.docket.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.docket.users.DocketUser;
import org.docket.users.Role;
import org.docket.users.Users;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "users", description = "Add or list the people who may sign in.", subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say users add NAME --role ROLE, or users list");
    }

    @Command(name = "add", description = "Add a user, or change an existing one's role, categories and password.")
    static class Add implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "NAME", description = "the log-in name")
        String name;

        @Option(names = "--role", required = true, description = "mailroom, archivist, officer or admin")
        String role;

        @Option(names = "--categories", split = ",", paramLabel = "ID", description = "for an officer: the category ids they may see, comma-separated")
        List<String> categories = List.of();

        @Option(names = "--password", description = "the password (at least 8 characters); default: a new random one, printed once")
        String password;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role chosen;
            try {
                chosen = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            String secret = password != null ? password : randomPassword();
            try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
                DocketUser user;
                try {
                    user = context.getBean(Users.class).save(name, chosen, new LinkedHashSet<>(categories), secret);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("User " + user.name() + " (" + describe(user) + ") can sign in"
                        + (password == null ? " with the password " + secret : ""));
                out.flush();
                return 0;
            }
        }

        private static String randomPassword() {
            String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.toString();
        }
    }

    @Command(name = "list", description = "List the users and their roles.")
    static class ListUsers implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
                PrintWriter out = spec.commandLine().getOut();
                List<DocketUser> users = context.getBean(Users.class).all();
                if (users.isEmpty()) {
                    out.println("No users yet; add one with ./docket users add NAME --role ROLE");
                }
                users.forEach(user -> out.println(user.name() + "  " + describe(user)));
                out.flush();
                return 0;
            }
        }
    }

    static String describe(DocketUser user) {
        Set<String> categories = user.categories();
        return user.role().name().toLowerCase(java.util.Locale.ROOT) + (categories.isEmpty() ? "" : ": " + String.join(", ", categories));
    }
}
