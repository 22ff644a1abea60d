package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * Issue 14 point 11: local accounts only in the embedded default. Without OpenID Connect they are on by default only
 * with the embedded database; an external database without OpenID Connect refuses to start unless local accounts are
 * switched on explicitly; with OpenID Connect they are off unless switched on.
 */
class AanmeldingTest {

    @Test
    void ingebedZonderOidcLokaleAccountsStandaardAan() {
        Aanmelding aanmelding = new Aanmelding(geenIdp(), null, true);
        assertThat(aanmelding.lokaleAccounts()).isTrue();
        assertThat(aanmelding.viaIdentityProvider()).isFalse();
    }

    @Test
    void externeDatabaseZonderOidcEnZonderKeuzeStartNiet() {
        assertThatThrownBy(() -> new Aanmelding(geenIdp(), null, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inburgeringsregie.inloggen.lokale-accounts=true")
                .hasMessageContaining("spring.security.oauth2.client.registration");
    }

    @Test
    void externeDatabaseMetUitdrukkelijkeKeuzeVoorLokaleAccounts() {
        assertThat(new Aanmelding(geenIdp(), true, false).lokaleAccounts()).isTrue();
        assertThatThrownBy(() -> new Aanmelding(geenIdp(), false, false))
                .as("nobody could sign in")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nobody can sign in");
    }

    @Test
    void metOidcLokaleAccountsStandaardUit() {
        Aanmelding extern = new Aanmelding(idp(), null, false);
        assertThat(extern.lokaleAccounts()).isFalse();
        assertThat(extern.viaIdentityProvider()).isTrue();
        assertThat(extern.idps()).containsExactly(new Aanmelding.Idp("idp", "Gemeente IdP"));
        assertThat(new Aanmelding(idp(), null, true).lokaleAccounts()).isFalse();
        assertThat(new Aanmelding(idp(), true, false).lokaleAccounts()).isTrue();
    }

    private static ObjectProvider<ClientRegistrationRepository> geenIdp() {
        return new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class);
    }

    private static ObjectProvider<ClientRegistrationRepository> idp() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean(
                "registraties",
                new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("idp")
                        .clientName("Gemeente IdP")
                        .clientId("inburgeringsregie")
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope("openid")
                        .authorizationUri("https://idp.example/auth")
                        .tokenUri("https://idp.example/token")
                        .build()));
        return beans.getBeanProvider(ClientRegistrationRepository.class);
    }
}
