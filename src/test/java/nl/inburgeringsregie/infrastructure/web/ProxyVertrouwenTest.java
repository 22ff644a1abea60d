package nl.inburgeringsregie.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 14 point 10: the start refuses to trust forwarded headers without a named proxy. That a named proxy's
 * X-Forwarded-For is taken, and that the default ignores it, is tested over HTTP: MeerdereInstantiesTest (its instance
 * B runs behind a named proxy) and InlogbewakingTest (the default).
 */
class ProxyVertrouwenTest {

    @Test
    void standaardNoneIsGoed() {
        assertThatCode(() -> ProxyVertrouwen.controleer(new MockEnvironment())).doesNotThrowAnyException();
        assertThatCode(() -> ProxyVertrouwen.controleer(
                        new MockEnvironment().withProperty(ProxyVertrouwen.STRATEGIE, "none")))
                .doesNotThrowAnyException();
    }

    @Test
    void nativeZonderInterneProxiesWeigertDeStart() {
        assertThatThrownBy(() -> ProxyVertrouwen.controleer(
                        new MockEnvironment().withProperty(ProxyVertrouwen.STRATEGIE, "native")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("server.forward-headers-strategy=native")
                .hasMessageContaining("server.tomcat.remoteip.internal-proxies");
        assertThatThrownBy(() -> ProxyVertrouwen.controleer(new MockEnvironment()
                        .withProperty(ProxyVertrouwen.STRATEGIE, "NATIVE")
                        .withProperty(ProxyVertrouwen.PROXIES, " ")))
                .as("empty: Tomcat would trust everyone")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nativeMetEenGenoemdeProxyIsGoed() {
        assertThatCode(() -> ProxyVertrouwen.controleer(new MockEnvironment()
                        .withProperty(ProxyVertrouwen.STRATEGIE, "native")
                        .withProperty(ProxyVertrouwen.PROXIES, "10\\.0\\.0\\.5")))
                .doesNotThrowAnyException();
    }

    @Test
    void frameworkWeigertDeStartOokMetEenGenoemdeProxy() {
        assertThatThrownBy(() -> ProxyVertrouwen.controleer(new MockEnvironment()
                        .withProperty(ProxyVertrouwen.STRATEGIE, "framework")
                        .withProperty(ProxyVertrouwen.PROXIES, "10\\.0\\.0\\.5")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("server.forward-headers-strategy=framework");
    }
}
