package org.nigehbaan.common.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL from Maven Central binaries under {@code nigehbaan.data-dir} when no external
 * database is configured, so that a newcomer needs nothing but a JDK and Maven, and data survives a
 * restart. Production points {@code spring.datasource.url} at a managed PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDataSourceCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties props) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("timezone", "UTC");
        if (props.embeddedDbPort() > 0) {
            builder.setPort(props.embeddedDbPort());
        }
        if (props.embeddedDbEphemeral()) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            Path dir = props.dataDir().resolve("postgres").toAbsolutePath().normalize();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            if (!props.embeddedDbDurable()) {
                builder.setServerConfig("fsync", "off");
            }
        }
        EmbeddedPostgres pg = builder.start();
        if (props.embeddedDbEphemeral()) {
            log.info("Embedded PostgreSQL on port {} (temporary database, deleted on shutdown)", pg.getPort());
        } else {
            log.warn("Embedded PostgreSQL on port {}, data in {}: for development and trials only, NOT for "
                    + "production. Set spring.datasource.url to use a managed PostgreSQL.",
                    pg.getPort(), props.dataDir().toAbsolutePath().normalize());
        }
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg, Environment env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("nigehbaan-embedded");
        // Keep row values (personal data) out of exception messages and so out of logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        config.setConnectionTimeout(env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 5_000L));
        return new HikariDataSource(config);
    }
}
