package nl.inburgeringsregie.intake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * T-12, COA's handover after the koppeling (ADR 0037): COA's profile within 2 weeks, housing within 10 weeks, and the
 * joint handover conversation (the warme overdracht, I-4) by the end of the 2 weeks for the move after those 10 weeks.
 * Counted from the dossier's {@code datumKoppeling}, only for asielstatushouders with one on or after the gemeente's
 * start ({@code coa-termijnen.vanaf}). The profile and the conversation are met on the day their record arrived: the
 * first import of COA's file, or the consultant's record outside the import ({@link CoaRegistraties}); the dates COA
 * or the consultant state are shown beside it, never counted (T-15). Housing is the dossier's {@code datumHuisvesting}.
 * Met after the last day stays visible as late (T-15).
 */
@Beslist("T-12")
@Component
@Order(4)
class CoaTermijnen implements TermijnBron {

    /** T-12: COA's profile within 2 weeks of the koppeling. */
    static final TermijnSoort COA_PROFIEL = new TermijnSoort("COA_PROFIEL", false, "intake");
    /** T-12: housing within 10 weeks of the koppeling. */
    static final TermijnSoort HUISVESTING = new TermijnSoort("HUISVESTING", false, "bewerken");
    /** T-12 with I-4: the joint handover conversation, at the latest when the 2 weeks for the move end. */
    static final TermijnSoort COA_OVERDRACHTSGESPREK = new TermijnSoort("COA_OVERDRACHTSGESPREK", false, "intake");

    static final int PROFIEL_WEKEN = 2;
    static final int HUISVESTING_WEKEN = 10;
    static final int VERHUIZING_WEKEN = 2;

    /**
     * The day each act counts, and the sentence that says what proves it: the import's day or the day the consultant
     * recorded it (with the stated date beside it, ADR 0037).
     */
    private record Ontvangst(LocalDate profiel, String profielBewijs, LocalDate gesprek, String gesprekBewijs) {}

    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;
    private final Clock clock;
    private final CoaTermijnInstellingen instellingen;

    CoaTermijnen(JdbcClient jdbc, MessageSourceAccessor berichten, Clock clock, CoaTermijnInstellingen instellingen) {
        this.instellingen = instellingen;
        this.jdbc = jdbc;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(COA_PROFIEL, HUISVESTING, COA_OVERDRACHTSGESPREK);
    }

    /**
     * T-12 holds for an asielstatushouder with a koppeling on or after the gemeente's start ({@code
     * coa-termijnen.vanaf}), while registered: before it the system holds no record of COA's handover; after
     * deregistration nothing of the route runs on (as the placements' deadlines).
     */
    boolean geldtVoor(Dossierfeiten d) {
        return d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
                && d.fase() != Fase.UITGESCHREVEN
                && d.datumKoppeling() != null
                && !d.datumKoppeling().isBefore(instellingen.vanaf(d.gemeentecode()));
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (!geldtVoor(d)) {
            return List.of();
        }
        LocalDate koppeling = d.datumKoppeling();
        Ontvangst o = ontvangst(d.id());
        return List.of(
                termijn(
                        COA_PROFIEL,
                        koppeling,
                        koppeling.plusWeeks(PROFIEL_WEKEN),
                        3,
                        o.profiel(),
                        o.profielBewijs(),
                        "termijn.coaProfiel",
                        PROFIEL_WEKEN),
                termijn(
                        HUISVESTING,
                        koppeling,
                        koppeling.plusWeeks(HUISVESTING_WEKEN),
                        14,
                        d.datumHuisvesting(),
                        d.datumHuisvesting() == null
                                ? null
                                : bericht("termijn.huisvesting.voldaan", datum(d.datumHuisvesting())),
                        "termijn.huisvesting",
                        HUISVESTING_WEKEN),
                termijn(
                        COA_OVERDRACHTSGESPREK,
                        koppeling,
                        koppeling.plusWeeks(HUISVESTING_WEKEN + VERHUIZING_WEKEN),
                        7,
                        o.gesprek(),
                        o.gesprekBewijs(),
                        "termijn.coaGesprek",
                        HUISVESTING_WEKEN + VERHUIZING_WEKEN));
    }

    private Termijn termijn(
            TermijnSoort soort,
            LocalDate koppeling,
            LocalDate uiterlijk,
            int binnenkortDagen,
            LocalDate gedaan,
            String uitleg,
            String sleutel,
            int weken) {
        if (gedaan == null) {
            return new Termijn(
                    soort,
                    koppeling,
                    uiterlijk,
                    uiterlijk.minusDays(binnenkortDagen),
                    null,
                    "T-12",
                    bericht(sleutel, datum(uiterlijk), weken, datum(koppeling)),
                    false);
        }
        if (gedaan.isAfter(uiterlijk)) {
            // Done after the last day: met, and late (T-15 keeps that visible).
            return new Termijn(
                            soort,
                            koppeling,
                            uiterlijk,
                            null,
                            TermijnStatus.VOLDAAN,
                            "T-12",
                            uitleg + " "
                                    + bericht(
                                            "termijn.gemist.voldaan",
                                            berichten.getMessage("termijn.soort." + soort.code()),
                                            ChronoUnit.DAYS.between(uiterlijk, gedaan),
                                            datum(gedaan),
                                            datum(uiterlijk)),
                            false)
                    .alsGemistOp(uiterlijk);
        }
        return new Termijn(soort, koppeling, uiterlijk, null, TermijnStatus.VOLDAAN, "T-12", uitleg, false);
    }

    /**
     * The profile: the earlier of the first import's day and the day the consultant recorded it received outside the
     * import. The conversation: the first import's day (COA's file records the conversation, its date is shown) or the
     * day the consultant recorded it held. An act counts on the day its record arrived, never on a stated date (T-15).
     */
    private Ontvangst ontvangst(UUID inburgeraarId) {
        record Import(LocalDate ontvangen, LocalDate gesprek) {}
        Import imp = jdbc.sql("""
                select min(geimporteerd_op) as ontvangen, min(datum_overdracht) as gesprek
                from coa_overdracht where inburgeraar_id = ?""")
                .param(inburgeraarId)
                .query((rs, i) -> {
                    Timestamp ontvangen = rs.getTimestamp("ontvangen");
                    Date gesprek = rs.getDate("gesprek");
                    return new Import(
                            ontvangen == null ? null : dag(ontvangen), gesprek == null ? null : gesprek.toLocalDate());
                })
                .single();
        LocalDate profiel = imp.ontvangen();
        String profielBewijs = profiel == null ? null : bericht("termijn.coaProfiel.voldaan", datum(profiel));
        // COA's file records the conversation (its date shown); like the profile it counts from the day it arrived.
        LocalDate gesprek = imp.ontvangen();
        String gesprekBewijs = gesprek == null
                ? null
                : bericht("termijn.coaGesprek.voldaan", datum(imp.gesprek()), datum(imp.ontvangen()));
        for (var r : jdbc.sql("""
                        select soort, opgegeven_datum, toelichting, geregistreerd_op from coa_registratie
                        where inburgeraar_id = ?""")
                .param(inburgeraarId)
                .query((rs, i) -> new Object[] {
                    rs.getString("soort"),
                    rs.getObject("opgegeven_datum", LocalDate.class),
                    rs.getString("toelichting"),
                    dag(rs.getTimestamp("geregistreerd_op"))
                })
                .list()) {
            LocalDate vastgelegd = (LocalDate) r[3];
            LocalDate opgegeven = (LocalDate) r[1];
            String opgegevenTekst = opgegeven == null ? "–" : datum(opgegeven);
            if ("PROFIEL".equals(r[0]) && (profiel == null || vastgelegd.isBefore(profiel))) {
                profiel = vastgelegd;
                profielBewijs =
                        bericht("termijn.coaProfiel.vastgelegd", datum(vastgelegd), opgegevenTekst, (String) r[2]);
            } else if ("GESPREK".equals(r[0]) && (gesprek == null || vastgelegd.isBefore(gesprek))) {
                gesprek = vastgelegd;
                gesprekBewijs = bericht("termijn.coaGesprek.vastgelegd", datum(vastgelegd), opgegevenTekst);
            }
        }
        return new Ontvangst(profiel, profielBewijs, gesprek, gesprekBewijs);
    }

    private LocalDate dag(Timestamp tijdstip) {
        return tijdstip.toInstant().atZone(clock.getZone()).toLocalDate();
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }
}
