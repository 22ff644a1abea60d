package nl.inburgeringsregie.gebruikers;

import static nl.inburgeringsregie.gebruikers.Relatie.AANBIEDER;
import static nl.inburgeringsregie.gebruikers.Relatie.CONSULENT;
import static nl.inburgeringsregie.gebruikers.Relatie.GEMEENTE;
import static nl.inburgeringsregie.gebruikers.Relatie.PARTNER;
import static nl.inburgeringsregie.gebruikers.Relatie.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestRelaties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one access decision (ADR 0028) as a table: every role × relationship × action against the real {@link Toegang}
 * bean, with the relationship contributed by a {@link RelatieBron} of the test configuration ({@link TestRelaties}),
 * as a new module will contribute its own; then the relationships the dossier itself records, and the refusals.
 */
class ToegangTest extends IntegrationTest {

    /**
     * Through which relationships each role reaches a person, written out here independently of {@link Rol} (what a
     * role may do, its rights, is the matrix of docs/rollen.md, checked by {@code RolMatrixDocumentTest}).
     */
    private static final Map<Rol, Set<Relatie>> BEREIK = new EnumMap<>(Map.of(
            Rol.CONSULENT, EnumSet.of(GEMEENTE, CONSULENT),
            Rol.TEAMLEIDER, EnumSet.of(GEMEENTE, CONSULENT, TEAM),
            Rol.BUDGETCOACH, EnumSet.of(GEMEENTE),
            Rol.BEGELEIDER, EnumSet.of(PARTNER),
            Rol.AANBIEDER, EnumSet.of(AANBIEDER),
            Rol.BELEIDSMEDEWERKER, EnumSet.noneOf(Relatie.class),
            Rol.FUNCTIONEEL_BEHEERDER, EnumSet.noneOf(Relatie.class),
            Rol.PRIVACY_OFFICER, EnumSet.of(GEMEENTE),
            Rol.DUO, EnumSet.of(GEMEENTE)));

    @Autowired
    private Toegang toegang;

    @Autowired
    private TestRelaties testRelaties;

    @Autowired
    private Gebruikers gebruikers;

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void opruimen() {
        testRelaties.wis();
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> tabel() {
        return Arrays.stream(Rol.values())
                .flatMap(rol -> Arrays.stream(Relatie.values())
                        .flatMap(relatie ->
                                Arrays.stream(Recht.values()).map(recht -> Arguments.of(rol, relatie, recht))));
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("tabel")
    void rolMaalRelatieMaalHandeling(Rol rol, Relatie relatie, Recht handeling) {
        HuidigeGebruiker gebruiker =
                new HuidigeGebruiker("tabel." + rol.name().toLowerCase(), "Tabel", Set.of(rol), List.of());
        UUID persoon = UUID.randomUUID();
        assertThat(toegang.mag(gebruiker, handeling, persoon))
                .as("without any relationship nobody reaches a person")
                .isFalse();

        testRelaties.geef(gebruiker.gebruikersnaam(), persoon, relatie);

        boolean verwacht = rol.heeft(handeling) && BEREIK.get(rol).contains(relatie);
        assertThat(toegang.mag(gebruiker, handeling, persoon)).isEqualTo(verwacht);
        assertThat(Toegang.besluit(Set.of(rol), handeling, Set.of(relatie))).isEqualTo(verwacht);
    }

    @Test
    void eenAanbiederZietViaEenPlaatsingAlleenDeDeelnemerNooitHetDossier() {
        // A provider with a placement for the person (here contributed by the test source; the real source, module
        // aanbieders, in PlaatsingApiTest and below): the role's one right is the provider's minimal view of its
        // participants and its reports on them (ADR 0031, AB-6, AB-7), never the dossier, the intake or a change.
        UUID id = dossierInHaarlem();
        testRelaties.geef("aanbieder", id, AANBIEDER);
        HuidigeGebruiker aanbieder = huidige("aanbieder");

        assertThat(toegang.relaties(aanbieder, id)).contains(AANBIEDER);
        for (Recht recht : Recht.values()) {
            assertThat(toegang.mag(aanbieder, recht, id))
                    .as("%s", recht)
                    .isEqualTo(recht == Recht.DEELNEMERS_INZIEN || recht == Recht.DEELNEMERS_RAPPORTEREN);
        }
        assertThat(toegang.mag(aanbieder, Recht.DEELNEMERS_RAPPORTEREN, dossierInHaarlem()))
                .as("without a placement, no report")
                .isFalse();
        assertThat(toegang.mag(aanbieder, Recht.DEELNEMERS_INZIEN, dossierInHaarlem()))
                .as("without a placement, no relationship")
                .isFalse();
    }

    @Test
    void deAanbiedersmoduleGeeftDeRelatieAanbiederAlleenBijEenPlaatsingBijDeEigenOrganisatie() {
        UUID id = dossierInHaarlem();
        UUID aanbieder = UUID.randomUUID();
        jdbc.sql("""
                insert into aanbieder (id, version, naam, instellingsnummer, gewijzigd_op)
                values (?, 0, 'Toegangtest', ?, now())""")
                .params(aanbieder, "TT" + (System.nanoTime() % 100_000_000))
                .update();
        UUID contract = UUID.randomUUID();
        jdbc.sql("""
                insert into contract (id, version, aanbieder_id, contractnummer, perceel, onderdeel, begindatum, einddatum,
                                      capaciteit, prijsmodel, prijs, gewijzigd_op)
                values (?, 0, ?, ?, 'p', 'PVT', '2026-01-01', '2027-12-31', 5, 'PER_UUR', 1, now())""").params(contract, aanbieder, "TT-" + contract).update();
        String docent = "aanbieder.toegang" + (System.nanoTime() % 1_000_000);
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select ?, 'Docent', password_hash, '{AANBIEDER}', '{}' from app_user where username = 'aanbieder'""").param(docent).update();
        jdbc.sql("insert into aanbieder_gebruiker (gebruikersnaam, aanbieder_id) values (?, ?)")
                .params(docent, aanbieder)
                .update();
        HuidigeGebruiker gebruiker = huidige(docent);
        assertThat(toegang.relaties(gebruiker, id)).doesNotContain(AANBIEDER);

        jdbc.sql("""
                insert into plaatsing (id, version, inburgeraar_id, gemeentecode, contract_id, aanbieder_id, onderdeel,
                                       status, aanmelddatum, gewijzigd_op)
                values (?, 0, ?, '0392', ?, ?, 'PVT', 'AANGEMELD', '2026-11-02', now())""").params(UUID.randomUUID(), id, contract, aanbieder).update();

        assertThat(toegang.relaties(gebruiker, id)).containsExactly(AANBIEDER);
        assertThat(toegang.mag(gebruiker, Recht.DEELNEMERS_INZIEN, id)).isTrue();
        assertThat(toegang.mag(gebruiker, Recht.DOSSIER_INZIEN, id)).isFalse();
        assertThat(toegang.relaties(huidige("consulent"), id))
                .as("staff have no provider relationship, and are not asked for one")
                .doesNotContain(AANBIEDER);
        assertThat(toegang.relaties(huidige("aanbieder"), id))
                .as("another provider's user")
                .doesNotContain(AANBIEDER);
    }

    @Test
    void eenRelatieUitEenAndereBronGeeftToegangZonderDossierOfTermijnenTeWijzigen() {
        UUID id = dossierInHaarlem();
        HuidigeGebruiker velsen = huidige("consulent.velsen");
        assertThat(toegang.mag(velsen, Recht.DOSSIER_INZIEN, id)).isFalse();

        // Another module says this consultant is assigned to the person: the decision follows, nothing else changed.
        testRelaties.geef("consulent.velsen", id, CONSULENT);

        assertThat(toegang.mag(velsen, Recht.DOSSIER_INZIEN, id)).isTrue();
        assertThat(toegang.mag(velsen, Recht.DOSSIER_WIJZIGEN, id)).isTrue();
        assertThat(toegang.mag(velsen, Recht.TEAM_OVERZIEN, id))
                .as("not a right of the role")
                .isFalse();
    }

    @Test
    void hetDossierZegtWieVoorDeGemeenteWerktEnWelkTeamHetHeeft() {
        UUID id = dossierInHaarlem();

        assertThat(toegang.relaties(huidige("consulent"), id)).contains(GEMEENTE);
        assertThat(toegang.relaties(huidige("teamleider"), id)).contains(GEMEENTE, TEAM);
        assertThat(toegang.relaties(huidige("budgetcoach"), id)).containsExactly(GEMEENTE);
        assertThat(toegang.relaties(huidige("beheerder"), id)).containsExactly(GEMEENTE);
        assertThat(toegang.relaties(huidige("consulent.velsen"), id)).isEmpty();
        assertThat(toegang.relaties(huidige("consulent"), UUID.randomUUID())).isEmpty();

        assertThat(toegang.mag(huidige("beheerder"), Recht.DOSSIER_INZIEN, id))
                .as("the application manager works for the gemeente but reaches no person")
                .isFalse();
    }

    @Test
    void eisWeigertZonderRechtMet403EnZonderRelatieAlsOfHetDossierNietBestaat() {
        UUID id = dossierInHaarlem();

        meldAan("budgetcoach");
        assertThatCode(() -> toegang.eis(Recht.ONTZORGING_INZIEN, id)).doesNotThrowAnyException();
        assertThat(toegang.mag("ONTZORGING_INZIEN", id)).isTrue();
        assertThat(toegang.mag("DOSSIER_INZIEN", id))
                .as(
                        "issue 17: the budgetcoach sees only what ontzorgen needs; the page hides what the decision refuses")
                .isFalse();
        assertThatThrownBy(() -> toegang.eis(Recht.DOSSIER_INZIEN, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> toegang.eis(Recht.DOSSIER_WIJZIGEN, id)).isInstanceOf(AccessDeniedException.class);

        meldAan("consulent.velsen");
        assertThatThrownBy(() -> toegang.eis(Recht.DOSSIER_INZIEN, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> toegang.eis(Recht.DOSSIER_INZIEN, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);

        meldAan("duo");
        assertThatCode(() -> toegang.eisEenVan(id, Recht.DUO_BERICHTEN, Recht.DOSSIER_WIJZIGEN))
                .doesNotThrowAnyException();
    }

    private UUID dossierInHaarlem() {
        return UUID.fromString(api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .json()
                .get("id")
                .asString());
    }

    private HuidigeGebruiker huidige(String gebruikersnaam) {
        return gebruikers.loadUserByUsername(gebruikersnaam).alsHuidigeGebruiker();
    }

    private void meldAan(String gebruikersnaam) {
        GebruikerAccount account = gebruikers.loadUserByUsername(gebruikersnaam);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
