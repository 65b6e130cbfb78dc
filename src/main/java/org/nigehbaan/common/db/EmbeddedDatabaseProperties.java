package org.nigehbaan.common.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param dataDir   where Nigehbaan keeps its files; the database lives in {@code <dataDir>/postgres}
 * @param ephemeral start from an empty temporary database that is deleted on shutdown (tests)
 * @param port      the port PostgreSQL listens on (loopback only); 0 picks a free one
 * @param durable   keep fsync on; tests turn it off for speed, the default run keeps data safe
 */
@ConfigurationProperties("nigehbaan")
public record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dataDir,
                                         @DefaultValue("false") boolean embeddedDbEphemeral,
                                         @DefaultValue("0") int embeddedDbPort,
                                         @DefaultValue("true") boolean embeddedDbDurable) {
}
