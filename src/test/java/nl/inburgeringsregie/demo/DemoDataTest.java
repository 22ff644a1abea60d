package nl.inburgeringsregie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie.Dossierinvoer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.InburgeraarGegevens;
import nl.inburgeringsregie.inburgeraar.Registratiebron;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The demo caseload is loaded on start, visible per gemeente, and the bulk loader is all-or-nothing. */
class DemoDataTest extends IntegrationTest {

    @Value("${inburgeringsregie.coa-termijnen.vanaf}")
    private LocalDate coaVanaf;

    @Autowired
    DemoInstellingen instellingen;

    @Autowired
    DemoDataRunner runner;

    @Autowired
    Bulkregistratie bulkregistratie;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deDemoGemeentenHebbenElkHunCaseload() {
        int perGemeente = instellingen.personenPerGemeente();
        assertThat(jdbc.queryForObject(
                        "select count(*) from inburgeraar where gemeentecode = '0392' and bsn not like '9%'",
                        Integer.class))
                .isEqualTo(perGemeente);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inburgeraar where gemeentecode = '0453' and bsn not like '9%'",
                        Integer.class))
                .isEqualTo(perGemeente);

        JsonNode lijst =
                api("consulent").get("/api/v1/inburgeraars?grootte=100").json();
        assertThat(lijst.get("inburgeraars"))
                .isNotEmpty()
                .allSatisfy(
                        rij -> assertThat(rij.get("gemeentecode").asString()).isEqualTo("0392"));
        // Own caseload first: the demo consultant carries a good share of the generated dossiers.
        assertThat(lijst.get("inburgeraars").get(0).get("consulent").asString()).isEqualTo("consulent");
    }

    @Test
    void eenDemoDossierHeeftEenJournaal() {
        Api consulent = api("consulent");
        String id = consulent
                .get("/api/v1/inburgeraars?grootte=1")
                .json()
                .get("inburgeraars")
                .get(0)
                .get("id")
                .asString();
        JsonNode journaal =
                consulent.get("/api/v1/inburgeraars/" + id + "/journaal").json();
        assertThat(journaal.get(journaal.size() - 1).get("soort").asString()).isEqualTo("REGISTRATIE");
    }

    @Test
    void elkGeladenDemoDossierBegintEenDoelgroephistorie() {
        // PL-6 (issue 12): bulk-loaded dossiers start their doelgroep history like registered ones.
        assertThat(jdbc.queryForObject("""
                select count(*) from inburgeraar i where bsn not like '9%' and not exists (
                    select 1 from doelgroep_historie h where h.inburgeraar_id = i.id and h.bron = 'REGISTRATIE'
                      and h.doelgroep = i.doelgroep)""", Integer.class)).isZero();
    }

    @Test
    void eenOngeldigDossierInDeBatchWeigertDeHeleBatch() {
        String bsn = TestData.bsn();
        InburgeraarGegevens geldig = new DemoCaseload(3, LocalDate.now(clock))
                .voor(DemoAccounts.HAARLEM, DemoCaseload.HAARLEM, List.of("consulent"), 1, 7_000_000, true)
                .toList()
                .getFirst()
                .gegevens();
        InburgeraarGegevens metBsn = metBsn(geldig, bsn);
        InburgeraarGegevens ongeldig = metBsn(geldig, "123456789");
        Instant nu = Instant.now(clock);

        assertThatThrownBy(() -> bulkregistratie.laad(List.of(
                        new Dossierinvoer(metBsn, Fase.AANMELDING, null, Registratiebron.DUO, nu, "consulent"),
                        new Dossierinvoer(ongeldig, Fase.AANMELDING, null, Registratiebron.DUO, nu, "consulent"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidInputException.Violation::field)
                                .contains("[1].bsn"));
        assertThat(jdbc.queryForObject("select count(*) from inburgeraar where bsn = ?", Integer.class, bsn))
                .isZero();
    }

    @Test
    void eenLandelijkeDatasetVerdeeltMensenOverGemeentenMetConsulenten() {
        runner.landelijk(new DemoCaseload(99, LocalDate.now(clock)), new DemoInstellingen.Landelijk(3, 700, 30, 2, 50));
        List<Map<String, Object>> perGemeente = jdbc.queryForList("""
                select gemeentecode, count(*) as aantal from inburgeraar
                where gemeentecode between '5000' and '5002' group by gemeentecode order by gemeentecode""");
        assertThat(perGemeente)
                .extracting(r -> ((Number) r.get("aantal")).intValue())
                .containsExactlyElementsOf(Verdeling.zipf(700, 3));
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where '5000' = any(gemeenten) and 'CONSULENT' = any(roles)",
                        Integer.class))
                .isEqualTo((Verdeling.zipf(700, 3).getFirst() + 299) / 300);
        // A team lead per gemeente (t<code>), for the team overview at national scale (issue 7).
        assertThat(jdbc.queryForList(
                        "select username from app_user where 'TEAMLEIDER' = any(roles) and gemeenten = '{5001}'",
                        String.class))
                .containsExactly("t5001");
        // Spread evenly: no consultant carries far more than the 300 people a consultant is planned for.
        assertThat(jdbc.queryForObject(
                        "select max(n) from (select count(*) as n from inburgeraar "
                                + "where gemeentecode between '5000' and '5002' group by consulent) as per_consulent",
                        Integer.class))
                .isLessThanOrEqualTo(300);
        // The history (issue 7): an intake past registration, PIP versions with a dagtekening, and 30 rows per person:
        // a fifth journal (6), the rest audit, two per month over twelve months (24), each month in its own month.
        String nationaal = "gemeentecode between '5000' and '5002'";
        assertThat(jdbc.queryForObject(
                        "select count(*) from inburgeraar i where "
                                + nationaal.replace("gemeentecode", "i.gemeentecode")
                                + " and i.fase <> 'AANMELDING' and not exists (select 1 from intake x where x.inburgeraar_id = i.id)",
                        Integer.class))
                .isZero();
        Map<String, Object> routes = jdbc.queryForMap("""
                select count(*) filter (where besluit_leerroute = 'B') as b, count(*) filter (where besluit_leerroute = 'Z') as z,
                       count(*) filter (where besluit_leerroute = 'O') as o, count(besluit_leerroute) as alle
                from intake where""" + " " + nationaal);
        double alle = ((Number) routes.get("alle")).doubleValue();
        assertThat(alle).isPositive();
        assertThat(((Number) routes.get("b")).doubleValue() / alle).isBetween(0.45, 0.65);
        assertThat(((Number) routes.get("z")).doubleValue() / alle).isBetween(0.17, 0.33);
        assertThat(((Number) routes.get("o")).doubleValue() / alle).isBetween(0.12, 0.28);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inburgeraar i where "
                                + nationaal.replace("gemeentecode", "i.gemeentecode")
                                + " and i.dagtekening_pip is not null and not exists (select 1 from pip p where p.inburgeraar_id = i.id"
                                + " and p.status = 'VASTGESTELD')",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pip where versienummer = 2 and " + nationaal, Integer.class))
                .isPositive();
        // Issue 12, part 3: every generated PIP holds the onderdelen of its route (P-1, R-4 to R-8).
        assertThat(jdbc.queryForObject(
                        "select count(*) from pip p where " + nationaal.replace("gemeentecode", "p.gemeentecode")
                                + " and (select count(distinct a.onderdeel) from pip_afspraak a where a.pip_id = p.id"
                                + " and a.onderdeel in ('LEERROUTE', 'KNM', 'PVT', 'MAP')) <> case when p.leerroute = 'O' then 3 else 4 end",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pip p join inburgeraar i on i.id = p.inburgeraar_id where "
                                + nationaal.replace("gemeentecode", "p.gemeentecode")
                                + " and p.leerroute = 'Z' and i.doelgroep in"
                                + " ('ASIELSTATUSHOUDER', 'Asielstatushouder') and not exists (select 1 from pip_afspraak a where a.pip_id = p.id"
                                + " and a.onderdeel = 'PARTICIPATIE' and a.uren >= 800)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pip where versienummer = 2 and motivering_leerroute is null and "
                                + nationaal,
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from journaal where soort = 'WIJZIGING' and " + nationaal, Integer.class))
                .isEqualTo(700 * 6);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where " + nationaal, Integer.class))
                .isEqualTo(700 * 24);
        assertThat(jdbc.queryForObject(
                        "select count(distinct date_trunc('month', occurred_at)) from audit_log where " + nationaal,
                        Integer.class))
                .isEqualTo(12);
        // Each month in its own partition of the log (ADR 0013), not in the default partition; unless other tests, with
        // the clock moved, already put rows of that month there, which keeps PostgreSQL from making its partition.
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log_default d
                where d.gemeentecode between '5000' and '5002' and not exists (
                    select 1 from audit_log_default o
                    where coalesce(o.gemeentecode, '') not between '5000' and '5002'
                      and date_trunc('month', o.occurred_at at time zone 'UTC') = date_trunc('month', d.occurred_at at time zone 'UTC'))""", Integer.class)).isZero();
        landelijkeAanbieders(nationaal);
        landelijkOntzorgenEnBegeleiding(nationaal);
        long presenties = jdbc.queryForObject("select count(*) from presentie where " + nationaal, Long.class);
        // The provider's read above is audited (one row per participant listed), so count the log again.
        long auditrijen = jdbc.queryForObject("select count(*) from audit_log where " + nationaal, Long.class);
        // Issue 16: DUO's exam results of the B1-route persons whose PIP is nine months old, with the free attempts.
        String examens = "select count(*) from duo_gegeven where onderwerp like 'examens/%' and " + nationaal;
        long examenrijen = jdbc.queryForObject(examens, Long.class);
        assertThat(examenrijen).isPositive().isEven();
        // Issue 16: the voortgangsgesprekken held so far (T-10), once.
        String gesprekken = "select count(*) from voortgangsgesprek where " + nationaal;
        long gesprekrijen = jdbc.queryForObject(gesprekken, Long.class);
        assertThat(gesprekrijen).isPositive();
        // Idempotent: asking again adds nothing.
        runner.landelijk(new DemoCaseload(99, LocalDate.now(clock)), new DemoInstellingen.Landelijk(3, 700, 30, 2, 50));
        assertThat(jdbc.queryForObject("select count(*) from presentie where " + nationaal, Long.class))
                .isEqualTo(presenties);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inburgeraar where gemeentecode between '5000' and '5002'", Integer.class))
                .isEqualTo(700);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where " + nationaal, Long.class))
                .isEqualTo(auditrijen);
        assertThat(jdbc.queryForObject(examens, Long.class)).isEqualTo(examenrijen);
        assertThat(jdbc.queryForObject(gesprekken, Long.class)).isEqualTo(gesprekrijen);
        // Issue 17 on a dataset loaded before it (the integrator's restart): a gemeente without ontzorgingen or
        // begeleidingen gains them on the next start, the same as loaded at once; the others are left alone.
        String tellen = "select (select count(*) from ontzorging where " + nationaal
                + ") || '/' || (select count(*) from vaste_last l join ontzorging o on o.id = l.ontzorging where "
                + nationaal.replace("gemeentecode", "o.gemeentecode")
                + ") || '/' || (select count(*) from begeleiding where "
                + nationaal
                + ") || '/' || (select count(*) from begeleidingscontact c join begeleiding b on b.id = c.begeleiding"
                + " where " + nationaal.replace("gemeentecode", "b.gemeentecode") + ")";
        String geladen = jdbc.queryForObject(tellen, String.class);
        jdbc.update("delete from ontzorging where " + nationaal);
        jdbc.update("delete from begeleiding where gemeentecode = '5002'");
        assertThat(jdbc.queryForObject(tellen, String.class)).isNotEqualTo(geladen);
        runner.landelijk(new DemoCaseload(99, LocalDate.now(clock)), new DemoInstellingen.Landelijk(3, 700, 30, 2, 50));
        assertThat(jdbc.queryForObject(tellen, String.class)).isEqualTo(geladen);
        assertThat(jdbc.queryForObject("select count(*) from inburgeraar where " + nationaal, Integer.class))
                .isEqualTo(700);
    }

    /**
     * Issue 17: per gemeente a budgetcoach {@code b<code>}; an ontzorging from the start of the bijstand (T-8) for the
     * asielstatushouders on bijstand (a few left for the worklist, O-1), each with its four fixed costs to valid IBANs
     * (O-1); per region a partner organisation with begeleiders {@code bg<region>-<k>}, a begeleiding from housing for
     * the housed asielstatushouders (T-9) with contacts, handed over after its end; each user sees its own list only.
     */
    private void landelijkOntzorgenEnBegeleiding(String nationaal) {
        String o = nationaal.replace("gemeentecode", "o.gemeentecode");
        assertThat(jdbc.queryForObject("select count(*) from ontzorging where " + nationaal, Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from ontzorging o join inburgeraar i on i.id = o.inburgeraar_id
                where (i.doelgroep <> 'ASIELSTATUSHOUDER' or o.begindatum <> i.datum_start_bijstand
                       or o.einddatum < (o.begindatum + interval '6 months')::date
                       or (o.einddatum > (o.begindatum + interval '6 months')::date) <> (o.verlenging_reden is not null)
                       or o.datum_machtiging > o.begindatum or o.beeindigd_op > o.einddatum
                       or (select count(distinct l.soort) from vaste_last l where l.ontzorging = o.id) <> 4) and""" + " " + o, Integer.class)).isZero();
        assertThat(jdbc.queryForList(
                        "select distinct l.iban from vaste_last l join ontzorging o on o.id = l.ontzorging where " + o,
                        String.class))
                .isNotEmpty()
                .allSatisfy(IbanUtil::validate);
        assertThat(jdbc.queryForObject(
                        "select 'BUDGETCOACH' = any(roles) and gemeenten = '{5001}' from app_user where username = 'b5001'",
                        Boolean.class))
                .isTrue();
        assertThat(WebSessie.login(baseUrl(), "b5000").get("/ontzorging").body())
                .contains("/ontzorging\"");
        // Begeleiding: regions of two gemeenten (5000 and 5001; 5002), one organisation each.
        String b = nationaal.replace("gemeentecode", "b.gemeentecode");
        assertThat(jdbc.queryForList("""
                select distinct p.naam || ':' || b.gemeentecode from begeleiding b join partnerorganisatie p on p.id = b.partner_id
                where""" + " " + b + " order by 1", String.class))
                .containsExactly(
                        "Stichting Welkom regio 1:5000",
                        "Stichting Welkom regio 1:5001",
                        "Stichting Welkom regio 2:5002");
        assertThat(jdbc.queryForObject("""
                select count(*) from begeleiding b join inburgeraar i on i.id = b.inburgeraar_id
                where (i.doelgroep <> 'ASIELSTATUSHOUDER' or b.startdatum <> i.datum_huisvesting or b.einddatum <= b.startdatum
                       or (b.overdracht_datum is not null and (b.overdracht_datum <> b.einddatum or b.overdracht_team is null))
                       or exists (select 1 from begeleidingscontact c where c.begeleiding = b.id
                                  and (c.datum < b.startdatum or c.datum > ? or c.datum > coalesce(b.overdracht_datum, b.einddatum)))) and""" + " " + b, Integer.class, LocalDate.now(clock)))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from begeleidingscontact c join begeleiding b on b.id = c.begeleiding where "
                                + b,
                        Integer.class))
                .isPositive();
        String id5000 = jdbc.queryForObject(
                "select b.inburgeraar_id::text from begeleiding b where b.gemeentecode = '5000' and b.overdracht_datum is null"
                        + " order by b.einddatum, b.inburgeraar_id limit 1",
                String.class);
        assertThat(WebSessie.login(baseUrl(), "bg1-1").get("/begeleiding").body())
                .contains(id5000);
        assertThat(api("bg1-1")
                        .get("/api/v1/inburgeraars/" + id5000 + "/begeleiding")
                        .json()
                        .get("partnerorganisatie")
                        .asString())
                .isEqualTo("Stichting Welkom regio 1");
        // Another region's begeleider does not reach the person (relationship PARTNER, V43_2).
        assertThat(api("bg2-1")
                        .get("/api/v1/inburgeraars/" + id5000 + "/begeleiding")
                        .status())
                .isEqualTo(404);
        assertThat(WebSessie.login(baseUrl(), "bg2-1").get("/begeleiding").body())
                .doesNotContain(id5000);
    }

    /**
     * Issue 15: regions of two gemeenten (5000 and 5001; 5002), per region and route providers of at most 50
     * participants with a contract for the region's gemeenten, every person in the inburgering phase with a vastgesteld
     * PIP placed once with a provider of the PIP's route, and for every started placement its weeks of attendance (AB-6)
     * up to last week, at most 52; each provider's user {@code a<n>} sees exactly its own participants.
     */
    private void landelijkeAanbieders(String nationaal) {
        String pl = nationaal.replace("gemeentecode", "pl.gemeentecode");
        assertThat(jdbc.queryForObject(
                        """
                select count(*) from pip p join inburgeraar i on i.id = p.inburgeraar_id
                where p.status = 'VASTGESTELD' and i.fase = 'INBURGERING' and"""
                                + " " + nationaal.replace("gemeentecode", "p.gemeentecode")
                                + " and (select count(*) from plaatsing pl where pl.inburgeraar_id = p.inburgeraar_id) <> 1",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from plaatsing where " + nationaal, Integer.class))
                .isPositive();
        // The provider of the PIP's route, under a contract for the person's own gemeente and region.
        assertThat(jdbc.queryForObject("""
                select count(*) from plaatsing pl join pip p on p.id = pl.pip_id join contract c on c.id = pl.contract_id
                where (c.aanbieder_id <> pl.aanbieder_id or c.onderdeel <> pl.onderdeel
                       or pl.onderdeel <> case p.leerroute when 'B' then 'B1_ROUTE' when 'O' then 'ONDERWIJSROUTE' else 'Z_ROUTE' end
                       or not exists (select 1 from contract_gemeente g where g.contract_id = c.id and g.gemeentecode = pl.gemeentecode)
                       or (pl.status = 'GESTART') <> (pl.startdatum is not null)
                       or not exists (select 1 from contractbezetting b where b.plaatsing_id = pl.id)) and""" + " " + pl, Integer.class)).isZero();
        assertThat(jdbc.queryForList("""
                select distinct g.gemeentecode from contract_gemeente g join contract c on c.id = g.contract_id
                join plaatsing pl on pl.contract_id = c.id where pl.gemeentecode = '5002'""", String.class)).containsExactly("5002");
        assertThat(jdbc.queryForObject("""
                select max(n) from (select count(*) as n from plaatsing pl where""" + " " + pl + " group by pl.aanbieder_id) per_aanbieder", Integer.class))
                .isLessThanOrEqualTo(50);
        // A week per row, each a Monday inside the placement and before this week, at most a year of them.
        LocalDate maandag = LocalDate.now(clock).with(DayOfWeek.MONDAY);
        assertThat(jdbc.queryForObject("""
                select count(*) from presentie pr join plaatsing pl on pl.id = pr.plaatsing_id
                where (pr.periode <> 'WEEK' or extract(isodow from pr.datum) <> 1 or pr.datum + 6 < pl.startdatum
                       or pr.datum >= ? or pr.datum < ?::date - 364 or pr.uren_aanwezig + pr.uren_afwezig > 16
                       or pr.inburgeraar_id <> pl.inburgeraar_id or pr.aanbieder_id <> pl.aanbieder_id) and""" + " " + pl, Integer.class, maandag, maandag))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from plaatsing pl where pl.status = 'GESTART' and pl.startdatum < ?::date - 7
                  and (select count(*) from presentie pr where pr.plaatsing_id = pl.id)
                      <> least(52, (? - (pl.startdatum - (extract(isodow from pl.startdatum)::int - 1))) / 7) and""" + " " + pl, Integer.class, maandag, maandag))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from presentie where uren_afwezig > 0 and " + nationaal, Integer.class))
                .isPositive();
        // The provider's user reads its own participants over HTTP, and only those.
        Map<String, Object> aanbieder = jdbc.queryForMap(
                """
                select g.gebruikersnaam, pl.aanbieder_id, count(*) as n from plaatsing pl
                join aanbieder_gebruiker g on g.aanbieder_id = pl.aanbieder_id
                where""" + " " + pl + " group by g.gebruikersnaam, pl.aanbieder_id order by n desc, 1 limit 1");
        String gebruiker = (String) aanbieder.get("gebruikersnaam");
        assertThat(gebruiker).matches("a[0-9]+");
        assertThat(jdbc.queryForObject(
                        "select 'AANBIEDER' = any(roles) and gemeenten = '{}' from app_user where username = ?",
                        Boolean.class,
                        gebruiker))
                .isTrue();
        int n = ((Number) aanbieder.get("n")).intValue();
        JsonNode deelnemers = api(gebruiker).get("/api/v1/deelnemers").json();
        assertThat(deelnemers.size()).isEqualTo(n);
        // "Mijn deelnemers" by pages: from the 11th on, the rest; past the end, the last one; only those rows audited.
        // The list's rows (the reports due, read apart over all participants, are audited as such).
        String lijstRegels =
                "select count(*) from audit_log where username = ? and detail = 'mijn deelnemers (aanbieder)'";
        long voor = jdbc.queryForObject(lijstRegels, Long.class, gebruiker);
        WebSessie web = WebSessie.login(baseUrl(), gebruiker);
        assertThat(web.get("/mijn-deelnemers?vanaf=10").body())
                .contains("Deelnemers 11 tot en met " + n + " van " + n + ".", "Eerste pagina")
                .doesNotContain("Volgende 50 deelnemers");
        assertThat(jdbc.queryForObject(lijstRegels, Long.class, gebruiker)).isEqualTo(voor + n - 10);
        assertThat(web.get("/mijn-deelnemers?vanaf=100000").body())
                .contains("Deelnemers " + n + " tot en met " + n + " van " + n + ".");
        assertThat(web.get("/mijn-deelnemers?vanaf=-5").body())
                .doesNotContain("Eerste pagina", "Deelnemers 1 tot en met");
    }

    private static InburgeraarGegevens metBsn(InburgeraarGegevens g, String bsn) {
        return new InburgeraarGegevens(
                g.gemeentecode(),
                bsn,
                g.geslachtsnaam(),
                g.voornamen(),
                g.geboortedatum(),
                g.geslacht(),
                g.nationaliteiten(),
                g.landVanHerkomst(),
                g.talen(),
                g.tolkNodig(),
                g.tolkTaal(),
                g.contact(),
                g.partner(),
                g.kinderen(),
                g.doelgroep(),
                g.gedetailleerdeDoelgroep(),
                g.wet(),
                g.datumKennisgeving(),
                g.datumKoppeling(),
                g.datumHuisvesting(),
                g.datumInschrijvingBrp(),
                g.datumStartBijstand(),
                g.mijlpalen());
    }

    /**
     * T-12 (ADR 0037): the demo's asielstatushouders got COA's profile through the import (or, with their intake done
     * before, recorded outside it); one per gemeente is left without, and shows on the worklist with its rule.
     */
    @Test
    void deDemoAsielstatushoudersHebbenHunCoaProfielOpEenPerGemeenteNa() {
        // T-12 holds from the configured start (coa-termijnen.vanaf; the tests' configuration sets it, ADR 0037).
        String demoStatushouders = """
                from inburgeraar i where i.gemeentecode in ('0392', '0453') and i.bsn not like '9%'
                  and i.doelgroep = 'ASIELSTATUSHOUDER' and i.fase <> 'UITGESCHREVEN'
                  and i.datum_koppeling >= date '""" + coaVanaf + "'";
        assertThat(jdbc.queryForObject(
                        "select count(*) " + demoStatushouders
                                + " and exists (select 1 from coa_overdracht c where c.inburgeraar_id = i.id)",
                        Integer.class))
                .as("imported")
                .isPositive();
        List<String> zonder = jdbc.queryForList(
                "select i.id::text " + demoStatushouders
                        + " and not exists (select 1 from coa_overdracht c where c.inburgeraar_id = i.id)"
                        + " and not exists (select 1 from coa_registratie r where r.inburgeraar_id = i.id)",
                String.class);
        assertThat(zonder).hasSizeBetween(1, 2);
        for (String id : zonder) {
            String consulent =
                    jdbc.queryForObject("select gemeentecode from inburgeraar where id = ?::uuid", String.class, id)
                                    .equals("0392")
                            ? "consulent"
                            : "consulent.velsen";
            JsonNode profiel = api(consulent)
                    .get("/api/v1/inburgeraars/" + id + "/termijnen")
                    .json()
                    .valueStream()
                    .filter(t -> t.get("soort").asString().equals("COA_PROFIEL"))
                    .findFirst()
                    .orElseThrow();
            assertThat(profiel.get("status").asString()).isEqualTo("VERLOPEN");
            assertThat(profiel.get("regel").asString()).isEqualTo("T-12");
            assertThat(profiel.get("toelichting").asString()).contains("regel T-12");
            assertThat(api(consulent)
                            .get("/api/v1/werkvoorraad?grootte=200&soort=COA_PROFIEL&status=VERLOPEN&van=2022-01-01")
                            .json()
                            .get("regels")
                            .valueStream()
                            .map(r -> r.get("inburgeraarId").asString()))
                    .contains(id);
        }
        // Nobody else among them has the profile overdue.
        assertThat(jdbc.queryForObject("select count(*) " + demoStatushouders + """
                                 and exists (select 1 from termijn t where t.inburgeraar_id = i.id
                                   and t.soort = 'COA_PROFIEL' and t.afsluiting is null)""", Integer.class))
                .isEqualTo(zonder.size());
    }
}
