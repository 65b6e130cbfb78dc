package org.nigehbaan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a temporary embedded PostgreSQL, listening on a random port, with a clock tests can
 * move, and a MockMvc that runs through the security filters. All classes carrying it share one application context (and so one database): tests create their own
 * data with unique names and never assume an empty table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, TestUsers.class, ApiClient.class, PublishedEvents.class})
public @interface IntegrationTest {
}
