package org.docket.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates Spring Batch's tables and Docket's own on first start, on H2 or PostgreSQL alike.
 * Batch's scripts cannot be re-run on an existing schema, so they run only when its tables are absent.
 */
@Component
class DatabaseSchema implements InitializingBean {

    private final DataSource dataSource;

    DatabaseSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String platform = platform(connection.getMetaData());
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
            if (!hasTable(connection, "batch_job_instance")) {
                populator.addScript(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
            }
            populator.addScript(new ClassPathResource("schema.sql"));
            populator.populate(connection);
        }
    }

    private static String platform(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Docket runs on H2 or PostgreSQL, not on " + product);
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
