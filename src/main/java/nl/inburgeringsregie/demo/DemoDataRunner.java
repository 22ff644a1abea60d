package nl.inburgeringsregie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.aanbieders.DemoAanbieders;
import nl.inburgeringsregie.aanbieders.LandelijkeAanbieders;
import nl.inburgeringsregie.afspraken.DemoAfspraken;
import nl.inburgeringsregie.begeleiding.DemoBegeleiding;
import nl.inburgeringsregie.begeleiding.LandelijkeBegeleiding;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.gebruikers.Gemeente;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie.Dossierinvoer;
import nl.inburgeringsregie.intake.DemoCoaOverdrachten;
import nl.inburgeringsregie.intake.DemoVve;
import nl.inburgeringsregie.ontzorgen.DemoOntzorgingen;
import nl.inburgeringsregie.ontzorgen.LandelijkeOntzorgingen;
import nl.inburgeringsregie.voortgang.DemoVoortgang;
import nl.inburgeringsregie.voortgang.LandelijkeVoortgang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Component;

/**
 * On start with the embedded database: the demo accounts and, for a gemeente without dossiers, its demo
 * caseload; when asked ({@code inburgeringsregie.demo.landelijk.*}), the national-scale dataset.
 */
@Component
@ConditionalOnBean(DemoAccounts.class)
class DemoDataRunner implements ApplicationRunner {

    /** Person numbers (and so BSNs) of the national dataset start here, clear of the demo gemeenten. */
    static final long LANDELIJK_EERSTE_PERSOONSNUMMER = 100_000;
    /** Synthetic gemeentecodes of the national dataset start here, clear of real codes in the demo. */
    static final int LANDELIJK_EERSTE_GEMEENTECODE = 5000;
    /** One consultant per this many inburgeraars in the national dataset. */
    static final int PERSONEN_PER_CONSULENT = 300;

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private static final int BATCH = 2000;

    private final DemoAccounts demoAccounts;
    private final Bulkregistratie bulkregistratie;
    private final DemoInstellingen instellingen;
    private final Clock clock;
    private final LandelijkeHistorie historie;
    private final DemoAanbieders demoAanbieders;
    private final DemoOntzorgingen demoOntzorgingen;
    private final DemoBegeleiding demoBegeleiding;
    private final DemoCoaOverdrachten demoCoaOverdrachten;
    private final DemoVve demoVve;
    private final DemoAfspraken demoAfspraken;
    private final DemoVoortgang demoVoortgang;
    private final LandelijkeAanbieders landelijkeAanbieders;
    private final LandelijkeOntzorgingen landelijkeOntzorgingen;
    private final LandelijkeBegeleiding landelijkeBegeleiding;
    private final LandelijkeExamens landelijkeExamens;
    private final LandelijkeVoortgang landelijkeVoortgang;

    DemoDataRunner(
            DemoAccounts demoAccounts,
            Bulkregistratie bulkregistratie,
            DemoInstellingen instellingen,
            Clock clock,
            LandelijkeHistorie historie,
            DemoAanbieders demoAanbieders,
            DemoOntzorgingen demoOntzorgingen,
            DemoBegeleiding demoBegeleiding,
            DemoCoaOverdrachten demoCoaOverdrachten,
            DemoVve demoVve,
            DemoAfspraken demoAfspraken,
            DemoVoortgang demoVoortgang,
            LandelijkeAanbieders landelijkeAanbieders,
            LandelijkeOntzorgingen landelijkeOntzorgingen,
            LandelijkeBegeleiding landelijkeBegeleiding,
            LandelijkeExamens landelijkeExamens,
            LandelijkeVoortgang landelijkeVoortgang) {
        this.demoCoaOverdrachten = demoCoaOverdrachten;
        this.landelijkeOntzorgingen = landelijkeOntzorgingen;
        this.landelijkeBegeleiding = landelijkeBegeleiding;
        this.landelijkeExamens = landelijkeExamens;
        this.landelijkeVoortgang = landelijkeVoortgang;
        this.demoBegeleiding = demoBegeleiding;
        this.demoVve = demoVve;
        this.demoAfspraken = demoAfspraken;
        this.demoVoortgang = demoVoortgang;
        this.historie = historie;
        this.landelijkeAanbieders = landelijkeAanbieders;
        this.demoAanbieders = demoAanbieders;
        this.demoOntzorgingen = demoOntzorgingen;
        this.demoAccounts = demoAccounts;
        this.bulkregistratie = bulkregistratie;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoAccounts.zorgVoorDemoAccounts();
        DemoCaseload generator = new DemoCaseload(instellingen.seed(), LocalDate.now(clock));
        List<String> haarlem = demoAccounts.zorgVoorConsulenten(
                DemoAccounts.HAARLEM, Map.of("l.smit", "Lotte Smit", "m.bouzid", "Mounir Bouzid"));
        List<String> velsen =
                demoAccounts.zorgVoorConsulenten(DemoAccounts.VELSEN, Map.of("e.dekker", "Esther Dekker"));
        laad(
                generator,
                DemoAccounts.HAARLEM,
                consulenten("consulent", haarlem),
                instellingen.personenPerGemeente(),
                0,
                true);
        laad(
                generator,
                DemoAccounts.VELSEN,
                consulenten("consulent.velsen", velsen),
                instellingen.personenPerGemeente(),
                instellingen.personenPerGemeente(),
                true);
        // Issue 15: the providers, their contracts for Haarlem and Velsen, and placements of demo dossiers.
        demoAanbieders.zorgVoorDemoAanbieders();
        // Issue 17: ontzorgingen of demo asielstatushouders in bijstand, and last month's and this month's batches.
        demoOntzorgingen.zorgVoorDemoOntzorgingen();
        // Issue 17: the partner organisation of the begeleider, begeleidingen of housed asielstatushouders, nazorg.
        demoBegeleiding.zorgVoorDemoBegeleiding();
        // Issue 17, T-12: COA's profiles of the demo asielstatushouders through the import, two left without.
        demoCoaOverdrachten.zorgVoorDemoCoaOverdrachten();
        // Issue 17: a family with a child of VVE age and one too old (the signal), and a child registered (I-2).
        demoVve.zorgVoorDemoVve();
        // Issue 17 (ADR 0038): appointments of the demo consultant and the begeleider, some with an unbooked
        // interpreter.
        demoAfspraken.zorgVoorDemoAfspraken();
        // Issue 16 (ADR 0040): the voortgangsgesprekken held so far, one in five dossiers behind, a few open actions.
        demoVoortgang.zorgVoorDemoVoortgang();
        if (instellingen.landelijk().personen() > 0) {
            landelijk(generator, instellingen.landelijk());
        }
    }

    /**
     * Spreads the people over the gemeenten as Dutch gemeenten vary: a few large cities, many small
     * towns (Zipf-like shares), with one consultant per {@value #PERSONEN_PER_CONSULENT} people, a team lead ({@code t<code>})
     * and a budgetcoach ({@code b<code>}); then their history and, per region of consecutive gemeentecodes, providers with
     * placements and attendance; the ontzorgingen, and per region a partner organisation with its begeleidingen.
     */
    void landelijk(DemoCaseload generator, DemoInstellingen.Landelijk landelijk) {
        int n = Math.max(1, landelijk.gemeenten());
        List<Integer> aantallen = Verdeling.zipf(landelijk.personen(), n);
        long persoonsnummer = LANDELIJK_EERSTE_PERSOONSNUMMER;
        long start = System.nanoTime();
        List<String> geladen = new ArrayList<>();
        List<String> alle = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Gemeente gemeente = new Gemeente(
                    String.format("%04d", LANDELIJK_EERSTE_GEMEENTECODE + i),
                    "Gemeente " + (LANDELIJK_EERSTE_GEMEENTECODE + i));
            int aantal = aantallen.get(i);
            alle.add(gemeente.code());
            Map<String, String> namen = new LinkedHashMap<>();
            for (int c = 1; c <= Math.max(1, (aantal + PERSONEN_PER_CONSULENT - 1) / PERSONEN_PER_CONSULENT); c++) {
                namen.put("c" + gemeente.code() + "-" + c, "Consulent " + c + " " + gemeente.naam());
            }
            List<String> consulenten = demoAccounts.zorgVoorConsulenten(gemeente, namen);
            demoAccounts.zorgVoorTeamleider(gemeente, "t" + gemeente.code(), "Teamleider " + gemeente.naam());
            demoAccounts.zorgVoorBudgetcoach(gemeente, "b" + gemeente.code(), "Budgetcoach " + gemeente.naam());
            if (laad(generator, gemeente, consulenten, aantal, persoonsnummer, false)) {
                historie.voegToe(gemeente.code(), landelijk.historiePerPersoon());
                geladen.add(gemeente.code());
            }
            persoonsnummer += aantal;
        }
        if (!geladen.isEmpty()) {
            long auditrijen = historie.auditlog(geladen, landelijk.historiePerPersoon());
            log.info("National dataset: {} audit rows written", auditrijen);
        }
        // Issue 15: providers per region, placements and a year of weekly attendance; for every gemeente of the
        // dataset, so that one loaded before issue 15 gains them on its next start (persons already placed are
        // skipped).
        int perRegio = Math.max(1, landelijk.gemeentenPerRegio());
        List<Integer> regios = alle.stream()
                .map(code -> (Integer.parseInt(code) - LANDELIJK_EERSTE_GEMEENTECODE) / perRegio)
                .toList();
        landelijkeAanbieders.voegToe(alle, regios, landelijk.deelnemersPerAanbieder(), LocalDate.now(clock));
        // Issue 17: ontzorgingen (a budgetcoach b<code> per gemeente, above) and, per region, a partner organisation
        // with begeleiders and begeleidingen; each for every gemeente that has none yet, so that a dataset loaded
        // before issue 17 gains them on its next start.
        landelijkeOntzorgingen.voegToe(alle, LocalDate.now(clock));
        landelijkeBegeleiding.voegToe(alle, regios, LocalDate.now(clock));
        // Issue 16: DUO's exam results of the B1-route persons, for the route status (ADR 0040).
        landelijkeExamens.voegToe(alle, LocalDate.now(clock));
        // Issue 16: the voortgangsgesprekken held so far (T-10), one person in five behind.
        landelijkeVoortgang.voegToe(alle, LocalDate.now(clock));
        log.info(
                "National dataset: {} people in {} gemeenten ready after {} s",
                landelijk.personen(),
                n,
                (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Loads the gemeente's caseload unless it has dossiers already; true when it loaded. */
    private boolean laad(
            DemoCaseload generator,
            Gemeente gemeente,
            List<String> consulenten,
            int aantal,
            long eerstePersoonsnummer,
            boolean demoLoginEerst) {
        if (aantal <= 0 || bulkregistratie.heeftDossiers(gemeente.code())) {
            return false;
        }
        Iterator<Dossierinvoer> personen = generator
                .voor(
                        gemeente,
                        DemoCaseload.woonplaatsVan(gemeente),
                        consulenten,
                        aantal,
                        eerstePersoonsnummer,
                        demoLoginEerst)
                .iterator();
        List<Dossierinvoer> batch = new ArrayList<>(BATCH);
        while (personen.hasNext()) {
            batch.add(personen.next());
            if (batch.size() == BATCH || !personen.hasNext()) {
                bulkregistratie.laad(batch);
                batch.clear();
            }
        }
        log.info("Demo caseload of {}: {} inburgeraars", gemeente.naam(), aantal);
        return true;
    }

    private static List<String> consulenten(String eerste, List<String> collegas) {
        List<String> alle = new ArrayList<>(List.of(eerste));
        alle.addAll(collegas.stream().sorted().toList());
        return alle;
    }
}
