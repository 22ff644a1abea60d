package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 points 11 and 12: the one mapping of an identity provider's claims to roles and gemeenten, as configured for
 * Keycloak (nested realm roles, groups) and Entra ID (app roles, group ids, scopes as one string).
 */
class ClaimToewijzingTest {

    private static ClaimToewijzing toewijzing(ClaimToewijzing.Instellingen instellingen) {
        return new ClaimToewijzing(instellingen, null, null);
    }

    private static ClaimToewijzing.Weigering weigering(ClaimToewijzing toewijzing, Map<String, Object> claims) {
        try {
            toewijzing.gebruiker(claims);
            throw new AssertionError("expected a refusal");
        } catch (ClaimToewijzing.GeenToegang geen) {
            return geen.weigering();
        }
    }

    @Test
    void keycloakRealmRollenEnGroepenInGenesteClaims() {
        ClaimToewijzing keycloak = toewijzing(new ClaimToewijzing.Instellingen(
                null,
                null,
                List.of("realm_access.roles"),
                List.of("groups"),
                Map.of("inburgering-consulent", Rol.CONSULENT, "inburgering-teamleider", Rol.TEAMLEIDER),
                Map.of("/gemeenten/haarlem", "0392", "/gemeenten/velsen", "0453")));

        Gebruiker gebruiker = keycloak.gebruiker(Map.of(
                "sub",
                "f1c2",
                "preferred_username",
                "s.devries",
                "name",
                "Sanne de Vries",
                "realm_access",
                Map.of("roles", List.of("offline_access", "inburgering-consulent", "uma_authorization")),
                "groups",
                List.of("/gemeenten/haarlem", "/overig/kantine")));

        assertThat(gebruiker)
                .isEqualTo(
                        new Gebruiker("s.devries", "Sanne de Vries", EnumSet.of(Rol.CONSULENT), List.of("0392"), true));
    }

    @Test
    void entraIdAppRollenGroepIdsEnScopeAlsTekst() {
        ClaimToewijzing entra = toewijzing(new ClaimToewijzing.Instellingen(
                "preferred_username",
                "name",
                List.of("roles", "scp"),
                List.of("groups"),
                Map.of("Inburgering.Teamleider", Rol.TEAMLEIDER, "inburgering.privacy", Rol.PRIVACY_OFFICER),
                Map.of(
                        "6b1e4b7a-2f5e-4a8e-9a47-1f0c3d2e5a10",
                        "0392",
                        "0e9c2d11-54aa-4c1b-8f1e-7d3a2b6c9e01",
                        "0453")));

        Gebruiker gebruiker = entra.gebruiker(Map.of(
                "sub",
                "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
                "preferred_username",
                "m.bakker@haarlem.nl",
                "name",
                "Marieke Bakker",
                "roles",
                List.of("Inburgering.Teamleider"),
                "scp",
                "User.Read inburgering.privacy",
                "groups",
                List.of("6b1e4b7a-2f5e-4a8e-9a47-1f0c3d2e5a10", "0e9c2d11-54aa-4c1b-8f1e-7d3a2b6c9e01")));

        assertThat(gebruiker.gebruikersnaam()).isEqualTo("m.bakker@haarlem.nl");
        assertThat(gebruiker.rollen()).containsExactlyInAnyOrder(Rol.TEAMLEIDER, Rol.PRIVACY_OFFICER);
        assertThat(gebruiker.gemeenten()).containsExactly("0392", "0453");
    }

    @Test
    void rolnamenEnGemeentecodesZelfGeldenZonderKoppeling() {
        ClaimToewijzing standaard = toewijzing(new ClaimToewijzing.Instellingen(null, null, null, null, null, null));

        Gebruiker gebruiker = standaard.gebruiker(
                Map.of("sub", "api-client", "rollen", List.of("CONSULENT", "consulent"), "gemeenten", "0453,0392"));

        // No preferred_username: the subject is the user name (client credentials); no name: the user name.
        assertThat(gebruiker)
                .isEqualTo(new Gebruiker(
                        "api-client", "api-client", EnumSet.of(Rol.CONSULENT), List.of("0453", "0392"), true));
    }

    @Test
    void geenRolOnbekendeRolOfDeMachinerolGeeftGeenToegang() {
        ClaimToewijzing standaard = toewijzing(new ClaimToewijzing.Instellingen(null, null, null, null, null, null));

        assertThat(weigering(standaard, Map.of("sub", "x", "gemeenten", List.of("0392"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_ROL);
        assertThat(weigering(
                        standaard,
                        Map.of("sub", "x", "rollen", List.of("ADMIN", "Consulent"), "gemeenten", List.of("0392"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_ROL);
        // DUO signs in with its certificate only: a claim never makes someone DUO.
        assertThat(weigering(standaard, Map.of("sub", "x", "rollen", List.of("DUO"), "gemeenten", List.of("0392"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_ROL);
        // A role claim of the wrong type (a number) is no role either, and no 500.
        assertThat(weigering(standaard, Map.of("sub", "x", "rollen", 42, "gemeenten", List.of("0392"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_ROL);
    }

    @Test
    void geenGemeenteOfAlleenOnbekendeWaardenGeeftGeenToegang() {
        ClaimToewijzing standaard = toewijzing(new ClaimToewijzing.Instellingen(null, null, null, null, null, null));

        assertThat(weigering(standaard, Map.of("sub", "x", "rollen", List.of("CONSULENT"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_GEMEENTE);
        // "Haarlem" is no code and not configured; "03920" does not fit char(4).
        assertThat(weigering(
                        standaard,
                        Map.of(
                                "sub",
                                "x",
                                "rollen",
                                List.of("CONSULENT"),
                                "gemeenten",
                                List.of("Haarlem", "03920", ""))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_GEMEENTE);
        // A provider's or partner organisation's user works for no gemeente and needs none (ADR 0021, 0031, 0036);
        // together with a role of the gemeente the gemeente is needed again.
        assertThat(standaard
                        .gebruiker(Map.of("sub", "docent", "rollen", List.of("AANBIEDER")))
                        .gemeenten())
                .isEmpty();
        assertThat(standaard
                        .gebruiker(Map.of("sub", "begeleider", "rollen", List.of("BEGELEIDER")))
                        .rollen())
                .containsExactly(Rol.BEGELEIDER);
        assertThat(weigering(standaard, Map.of("sub", "x", "rollen", List.of("AANBIEDER", "BUDGETCOACH"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_GEMEENTE);
        assertThat(weigering(standaard, Map.of("sub", "x", "rollen", List.of("BELEIDSMEDEWERKER"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_GEMEENTE);
    }

    @Test
    void geenOfEenTeLangeGebruikersnaamGeeftGeenToegang() {
        ClaimToewijzing standaard = toewijzing(new ClaimToewijzing.Instellingen(null, null, null, null, null, null));

        assertThat(weigering(standaard, Map.of("rollen", List.of("CONSULENT"), "gemeenten", List.of("0392"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_GEBRUIKERSNAAM);
        assertThat(weigering(
                        standaard,
                        Map.of(
                                "preferred_username",
                                "a".repeat(101),
                                "rollen",
                                List.of("CONSULENT"),
                                "gemeenten",
                                List.of("0392"))))
                .isEqualTo(ClaimToewijzing.Weigering.GEEN_GEBRUIKERSNAAM);
    }

    @Test
    void stuurtekensEnLosseSurrogatenVerdwijnenUitNamen() {
        ClaimToewijzing standaard = toewijzing(new ClaimToewijzing.Instellingen(null, null, null, null, null, null));

        Gebruiker gebruiker = standaard.gebruiker(Map.of(
                "preferred_username",
                "s.devries\u0000\n",
                "name",
                "Sanne\u0007 \uD800de Vries",
                "rollen",
                List.of("CONSULENT"),
                "gemeenten",
                List.of("0392")));

        assertThat(gebruiker.gebruikersnaam()).isEqualTo("s.devries");
        assertThat(gebruiker.naam()).isEqualTo("Sanne de Vries");
    }

    @Test
    void eenGeneestePadNaarIetsAndersDanEenObjectIsGeenClaim() {
        assertThat(ClaimToewijzing.claim(Map.of("realm_access", "tekst"), "realm_access.roles"))
                .isNull();
        assertThat(ClaimToewijzing.claim(Map.of("a.b", "plat"), "a.b")).isEqualTo("plat");
        assertThatThrownBy(() -> toewijzing(new ClaimToewijzing.Instellingen(null, null, null, null, null, null))
                        .gebruiker(Map.of()))
                .isInstanceOf(ClaimToewijzing.GeenToegang.class);
    }
}
