package cn.lawfulinspection.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring integration test on the whole application, on a random port, with the demo data loaded, against the
 * database chosen by the system property {@code it.database}: {@code h2} (in memory, the default) or {@code mariadb}
 * (a fresh database on 127.0.0.1:3306, see {@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {}
