package nl.inburgeringsregie.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestConfig {

    /** A clock tests can set; it starts at the real now, so tests that do not care see today. */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
