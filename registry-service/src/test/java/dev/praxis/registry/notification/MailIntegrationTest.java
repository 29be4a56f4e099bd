package dev.praxis.registry.notification;

import dev.praxis.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry pointed at {@link TestMailServer}, dispatching every 100 ms and retrying a failed mail
 * after 200 ms, so that tests see mail within a second. Every subclass shares one context.
 */
@RegistryIntegrationTest
abstract class MailIntegrationTest {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("praxis.notifications.mail.dispatch-enabled", () -> "true");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> TestMailServer.PORT);
        properties.add("praxis.notifications.mail.dispatch-interval", () -> "100ms");
        properties.add("praxis.notifications.mail.retry.first-delay", () -> "200ms");
        properties.add("praxis.notifications.mail.retry.max-delay", () -> "400ms");
        properties.add("praxis.notifications.base-url", () -> "https://praxis.test");
    }

    @BeforeEach
    void mailServerUp() {
        TestMailServer.start();
    }
}
