package nl.inburgeringsregie.termijnen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.DoelgroepHistorie;
import nl.inburgeringsregie.inburgeraar.DoelgroepPeriode;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.inburgeraar.Wet;
import nl.inburgeringsregie.intake.IntakeTermijnen;
import nl.inburgeringsregie.pip.PipTermijnen;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Test facts for deadline scenarios: a builder over {@link Dossierfeiten}, and the real texts and settings. */
final class Feiten {

    private Doelgroep doelgroep = Doelgroep.ASIELSTATUSHOUDER;
    private Wet wet = Wet.WI2021;
    private Fase fase = Fase.BREDE_INTAKE;
    private LocalDate kennisgeving;
    private LocalDate koppeling;
    private LocalDate huisvesting;
    private LocalDate brp;
    private LocalDate intake;
    private LocalDate dagtekening;
    private LocalDate einddatumDuo;
    private LocalDate wachtSinds;
    private String wachtReden;
    private LocalDate wachtOntvangen;
    private final List<DoelgroepPeriode> historie = new ArrayList<>();

    static Feiten statushouder() {
        return new Feiten();
    }

    static Feiten gezinsmigrant() {
        Feiten f = new Feiten();
        f.doelgroep = Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT;
        return f;
    }

    Feiten wet(Wet wet) {
        this.wet = wet;
        return this;
    }

    Feiten fase(Fase fase) {
        this.fase = fase;
        return this;
    }

    Feiten kennisgeving(String datum) {
        this.kennisgeving = LocalDate.parse(datum);
        return this;
    }

    Feiten koppeling(String datum) {
        this.koppeling = LocalDate.parse(datum);
        return this;
    }

    Feiten huisvesting(String datum) {
        this.huisvesting = LocalDate.parse(datum);
        return this;
    }

    Feiten brp(String datum) {
        this.brp = LocalDate.parse(datum);
        return this;
    }

    Feiten intakeAfgerond(String datum) {
        this.intake = LocalDate.parse(datum);
        return this;
    }

    Feiten dagtekening(String datum) {
        return dagtekening(LocalDate.parse(datum));
    }

    Feiten dagtekening(LocalDate datum) {
        this.dagtekening = datum;
        return this;
    }

    Feiten einddatumDuo(String datum) {
        this.einddatumDuo = LocalDate.parse(datum);
        return this;
    }

    Feiten wachtOpDerden(String sinds, String reden, String ontvangen) {
        this.wachtSinds = LocalDate.parse(sinds);
        this.wachtReden = reden;
        this.wachtOntvangen = ontvangen == null ? null : LocalDate.parse(ontvangen);
        return this;
    }

    /** The doelgroep changes to this group from {@code vanaf} (PL-6); the history starts with the group before it. */
    Feiten doelgroepVanaf(Doelgroep nieuw, String vanaf) {
        if (historie.isEmpty()) {
            historie.add(new DoelgroepPeriode(
                    doelgroep, null, LocalDate.of(2020, 1, 1), DoelgroepHistorie.Bron.REGISTRATIE));
        }
        historie.add(new DoelgroepPeriode(nieuw, null, LocalDate.parse(vanaf), DoelgroepHistorie.Bron.DUO));
        doelgroep = nieuw;
        return this;
    }

    Dossierfeiten bouw(String gemeentecode) {
        return new Dossierfeiten(
                UUID.randomUUID(),
                gemeentecode,
                "consulent",
                LocalDate.of(1990, 4, 12),
                doelgroep,
                wet,
                fase,
                kennisgeving,
                koppeling,
                huisvesting,
                brp,
                new Mijlpalen(intake, dagtekening, einddatumDuo, wachtSinds, wachtReden, wachtOntvangen),
                historie,
                null,
                null);
    }

    Dossierfeiten bouw() {
        return bouw("0392");
    }

    static MessageSourceAccessor berichten() {
        ResourceBundleMessageSource bron = new ResourceBundleMessageSource();
        bron.setBasenames("i18n/termijnen");
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(bron, Locale.of("nl", "NL"));
    }

    /** Every deadline of the route, as the application computes them: T-2 (intake), T-1 (pip) and termijnen's own. */
    static TermijnBron regels() {
        return regels(new TermijnInstellingen(null, null));
    }

    static TermijnBron regels(TermijnInstellingen instellingen) {
        return route(new InburgeringTermijnen(instellingen, berichten(), atw(null)), atw(null));
    }

    /** The Algemene termijnenwet for these periods (null: every period, the default). */
    static AlgemeneTermijnenwet atw(Set<AlgemeneTermijnenwet.Periode> perioden) {
        return new AlgemeneTermijnenwet(new AlgemeneTermijnenwet.Instellingen(perioden));
    }

    static TermijnBron regels(AlgemeneTermijnenwet atw) {
        return route(new InburgeringTermijnen(new TermijnInstellingen(null, null), berichten(), atw), atw);
    }

    /** The three sources of the route's deadlines in the application's order, as one. */
    private static TermijnBron route(InburgeringTermijnen regels, AlgemeneTermijnenwet atw) {
        List<TermijnBron> bronnen =
                List.of(new IntakeTermijnen(regels, berichten()), new PipTermijnen(regels, atw, berichten()), regels);
        return new TermijnBron() {
            @Override
            public List<TermijnSoort> soorten() {
                return bronnen.stream().flatMap(b -> b.soorten().stream()).toList();
            }

            @Override
            public List<Termijn> termijnen(Dossierfeiten dossier) {
                return termijnen(dossier, Map.of());
            }

            @Override
            public List<Termijn> termijnen(Dossierfeiten dossier, Map<TermijnSoort, Gemist> gemist) {
                return bronnen.stream()
                        .flatMap(b -> b.termijnen(dossier, gemist).stream())
                        .toList();
            }
        };
    }

    static TermijnInstellingen metGemeente(String code, TermijnInstellingen.Waarden waarden) {
        return new TermijnInstellingen(null, Map.of(code, waarden));
    }
}
