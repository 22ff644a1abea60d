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
 * Counted from the dossier's {@code datumKoppeling}, only for asielstatushouders with one. The profile's arrival is the
 * day it was imported (the record that proves receipt, T-15); housing is the dossier's {@code datumHuisvesting}; the
 * conversation is the earliest {@code datumOverdracht} of an imported profile. Met after the last day stays visible as
 * late (T-15).
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

    private record Ontvangst(LocalDate profiel, LocalDate gesprek) {}

    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    CoaTermijnen(JdbcClient jdbc, MessageSourceAccessor berichten, Clock clock) {
        this.jdbc = jdbc;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(COA_PROFIEL, HUISVESTING, COA_OVERDRACHTSGESPREK);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER || d.datumKoppeling() == null) {
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
                        "termijn.coaProfiel",
                        PROFIEL_WEKEN),
                termijn(
                        HUISVESTING,
                        koppeling,
                        koppeling.plusWeeks(HUISVESTING_WEKEN),
                        14,
                        d.datumHuisvesting(),
                        "termijn.huisvesting",
                        HUISVESTING_WEKEN),
                termijn(
                        COA_OVERDRACHTSGESPREK,
                        koppeling,
                        koppeling.plusWeeks(HUISVESTING_WEKEN + VERHUIZING_WEKEN),
                        7,
                        o.gesprek(),
                        "termijn.coaGesprek",
                        HUISVESTING_WEKEN + VERHUIZING_WEKEN));
    }

    private Termijn termijn(
            TermijnSoort soort,
            LocalDate koppeling,
            LocalDate uiterlijk,
            int binnenkortDagen,
            LocalDate gedaan,
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
        String uitleg = bericht(sleutel + ".voldaan", datum(gedaan));
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

    /** The day COA's first profile was received (imported) and the earliest handover conversation, if any. */
    private Ontvangst ontvangst(UUID inburgeraarId) {
        return jdbc.sql("""
                select min(geimporteerd_op) as ontvangen, min(datum_overdracht) as gesprek
                from coa_overdracht where inburgeraar_id = ?""")
                .param(inburgeraarId)
                .query((rs, i) -> {
                    Timestamp ontvangen = rs.getTimestamp("ontvangen");
                    Date gesprek = rs.getDate("gesprek");
                    return new Ontvangst(
                            ontvangen == null
                                    ? null
                                    : ontvangen
                                            .toInstant()
                                            .atZone(clock.getZone())
                                            .toLocalDate(),
                            gesprek == null ? null : gesprek.toLocalDate());
                })
                .single();
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }
}
