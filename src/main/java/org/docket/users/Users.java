package org.docket.users;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.docket.classification.Taxonomy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The people who may sign in, with their roles, kept in Docket's database; passwords only as hashes. */
@Repository
public class Users {

    private static final int SHORTEST_PASSWORD = 8;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Taxonomy taxonomy;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Taxonomy taxonomy) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.taxonomy = taxonomy;
    }

    /** Adds a person, or replaces their role, categories and password when the name is taken. */
    public DocketUser save(String name, Role role, Set<String> categories, String password) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("A user name is 2 to 100 letters, digits, dots, dashes or @; \"" + name + "\" is not");
        }
        if (password == null || password.length() < SHORTEST_PASSWORD) {
            throw new IllegalArgumentException("A password needs at least " + SHORTEST_PASSWORD + " characters");
        }
        Set<String> unknown = new TreeSet<>(categories);
        unknown.removeAll(taxonomy.ids());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("There is no category " + unknown + "; the categories are " + taxonomy.ids());
        }
        if (role == Role.OFFICER && categories.isEmpty()) {
            throw new IllegalArgumentException("An officer needs the categories they may see: give --categories planning,highways …");
        }
        Set<String> kept = role == Role.OFFICER ? new TreeSet<>(categories) : Set.of();
        jdbc.sql("DELETE FROM app_user WHERE name = ?").param(name).update();
        jdbc.sql("INSERT INTO app_user (name, password_hash, role, categories, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, passwords.encode(password), role.name(), String.join(",", kept), Timestamp.from(Instant.now()))
                .update();
        return new DocketUser(name, role, kept);
    }

    public Optional<DocketUser> find(String name) {
        return jdbc.sql("SELECT name, role, categories FROM app_user WHERE name = ?").param(name)
                .query((rs, row) -> user(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The password hash, for signing in. */
    Optional<String> passwordHash(String name) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE name = ?").param(name).query(String.class).optional();
    }

    public List<DocketUser> all() {
        return jdbc.sql("SELECT name, role, categories FROM app_user ORDER BY name")
                .query((rs, row) -> user(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private static DocketUser user(String name, String role, String categories) {
        Set<String> set = categories.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(categories.split(",")));
        return new DocketUser(name, Role.valueOf(role), set);
    }
}
