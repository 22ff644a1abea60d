package nl.inburgeringsregie.begeleiding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
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
 * The deadlines of begeleiding and nazorg (ADR 0036), on the consultant's worklist with their rule:
 * <ul>
 * <li>T-9 {@code BEGELEIDING_OVERDRACHT}: the warm handover to the sociaal wijkteam, due on the period's last day,
 * "binnenkort" the configured weeks before; met when recorded.</li>
 * <li>{@code BEGELEIDING_SIGNAAL}: a begeleider's signal the consultant has not seen yet, due the configured days after
 * the signal's contact; met when seen (then no deadline of this kind remains).</li>
 * <li>T-11 {@code NAZORG}: the nazorg contact, due the configured months after the duty was met; met when held.</li>
 * </ul>
 * The rules are decided by {@link Begeleiding} (T-9) and {@link Nazorg} (T-11). Asked only for asielstatushouders (begeleiding) and dossiers whose route runs or ended (nazorg): one query by the
 * dossier's id for both tables.
 */
@Component
@Order(30)
class BegeleidingTermijnen implements TermijnBron {

    static final TermijnSoort BEGELEIDING_OVERDRACHT = new TermijnSoort("BEGELEIDING_OVERDRACHT", false, "begeleiding");
    static final TermijnSoort BEGELEIDING_SIGNAAL = new TermijnSoort("BEGELEIDING_SIGNAAL", false, "begeleiding");
    static final TermijnSoort NAZORG = new TermijnSoort("NAZORG", false, "begeleiding");

    private record Feiten(
            LocalDate startdatum,
            LocalDate einddatum,
            LocalDate overdrachtDatum,
            LocalDate signaalSinds,
            LocalDate voldaanOp,
            LocalDate gehoudenOp) {}

    private final JdbcClient jdbc;
    private final BegeleidingInstellingen instellingen;
    private final MessageSourceAccessor berichten;

    BegeleidingTermijnen(JdbcClient jdbc, BegeleidingInstellingen instellingen, MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(BEGELEIDING_OVERDRACHT, BEGELEIDING_SIGNAAL, NAZORG);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER && d.fase() != Fase.INBURGERING && d.fase() != Fase.AFGEROND) {
            return List.of();
        }
        Feiten f = jdbc.sql("""
                        select b.startdatum, b.einddatum, b.overdracht_datum, b.signaal_sinds,
                               n.voldaan_op, n.gehouden_op
                        from (select cast(? as uuid) as id) d
                        left join begeleiding b on b.inburgeraar_id = d.id
                        left join nazorg n on n.inburgeraar_id = d.id""")
                .param(d.id())
                .query((rs, i) -> new Feiten(
                        rs.getObject("startdatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class),
                        rs.getObject("overdracht_datum", LocalDate.class),
                        rs.getObject("signaal_sinds", LocalDate.class),
                        rs.getObject("voldaan_op", LocalDate.class),
                        rs.getObject("gehouden_op", LocalDate.class)))
                .single();
        List<Termijn> termijnen = new ArrayList<>();
        if (f.startdatum() != null) {
            termijnen.add(overdracht(f));
            if (f.signaalSinds() != null) {
                LocalDate uiterlijk = f.signaalSinds().plusDays(instellingen.signaalDagen());
                termijnen.add(new Termijn(
                        BEGELEIDING_SIGNAAL,
                        f.signaalSinds(),
                        uiterlijk,
                        f.signaalSinds(),
                        null,
                        "T-9",
                        berichten.getMessage("termijn.begeleiding.signaal", new Object[] {datum(f.signaalSinds())}),
                        false));
            }
        }
        if (f.voldaanOp() != null) {
            termijnen.add(nazorg(f));
        }
        return termijnen;
    }

    private Termijn overdracht(Feiten f) {
        if (f.overdrachtDatum() != null) {
            return Termijn.gesloten(
                    BEGELEIDING_OVERDRACHT,
                    "T-9",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage(
                            "termijn.begeleiding.overgedragen", new Object[] {datum(f.overdrachtDatum())}));
        }
        return new Termijn(
                BEGELEIDING_OVERDRACHT,
                f.startdatum(),
                f.einddatum(),
                f.einddatum().minusWeeks(instellingen.signaalWeken()),
                null,
                "T-9",
                berichten.getMessage(
                        "termijn.begeleiding.overdracht",
                        new Object[] {datum(f.einddatum()), datum(f.startdatum()), instellingen.maanden()}),
                false);
    }

    private Termijn nazorg(Feiten f) {
        if (f.gehoudenOp() != null) {
            return Termijn.gesloten(
                    NAZORG,
                    "T-11",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage("termijn.nazorg.gehouden", new Object[] {datum(f.gehoudenOp())}));
        }
        LocalDate uiterlijk = Nazorg.uiterlijk(f.voldaanOp(), instellingen.nazorgMaanden());
        return new Termijn(
                NAZORG,
                f.voldaanOp(),
                uiterlijk,
                uiterlijk.minusWeeks(instellingen.signaalWeken()),
                null,
                "T-11",
                berichten.getMessage(
                        "termijn.nazorg",
                        new Object[] {datum(uiterlijk), datum(f.voldaanOp()), instellingen.nazorgMaanden()}),
                false);
    }

    private static String datum(LocalDate d) {
        return InburgeringTermijnen.datum(d);
    }
}
