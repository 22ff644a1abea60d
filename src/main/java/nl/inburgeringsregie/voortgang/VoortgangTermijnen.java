package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Wet;
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
 * T-10 on the consultant's worklist: the next voortgangsgesprek of the plan ({@link Gespreksplan}) is a deadline of kind
 * {@link #VOORTGANGSGESPREK}, "binnenkort" from the margin before its due date, passed the margin after it; met when
 * every planned conversation was held; not applicable once DUO saw the duty met (AFGEROND). Only a Wi2021 dossier with a
 * PIP dagtekening has it (one indexed query by the dossier's id for the days held); DUO's tijdelijke vrijstelling
 * suspends it as every route deadline (PL-5).
 */
@Beslist("T-10")
@Component
@Order(40)
class VoortgangTermijnen implements TermijnBron {

    static final TermijnSoort VOORTGANGSGESPREK = new TermijnSoort("VOORTGANGSGESPREK", false, "voortgang");

    private final JdbcClient jdbc;
    private final VoortgangInstellingen instellingen;
    private final InburgeringTermijnen route;
    private final MessageSourceAccessor berichten;

    VoortgangTermijnen(
            JdbcClient jdbc,
            VoortgangInstellingen instellingen,
            InburgeringTermijnen route,
            MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.route = route;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(VOORTGANGSGESPREK);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        return plan(d).map(p -> List.of(termijn(d, p))).orElse(List.of());
    }

    /** The dossier's plan with the conversations held; empty for a dossier without a (Wi2021) PIP or written out. */
    Optional<Gespreksplan> plan(Dossierfeiten d) {
        LocalDate dagtekening = d.mijlpalen().dagtekeningPip();
        if (dagtekening == null || d.wet() == Wet.WI2013 || d.fase() == Fase.UITGESCHREVEN) {
            return Optional.empty();
        }
        return Optional.of(Gespreksplan.van(
                dagtekening, instellingen.planMaanden(d.gemeentecode()), instellingen.margeDagen(), gehouden(d.id())));
    }

    /** The days of the conversations the person attended, ascending (served by the unique index on the day). */
    List<LocalDate> gehouden(UUID inburgeraarId) {
        return jdbc.sql("select datum from voortgangsgesprek where inburgeraar_id = ? and aanwezig order by datum")
                .param(inburgeraarId)
                .query(LocalDate.class)
                .list();
    }

    Termijn termijn(Dossierfeiten d, Gespreksplan plan) {
        int aantal = plan.momenten().size();
        if (d.fase() == Fase.AFGEROND) {
            return Termijn.gesloten(
                    VOORTGANGSGESPREK,
                    "T-10",
                    TermijnStatus.NIET_VAN_TOEPASSING,
                    berichten.getMessage("termijn.voortgangsgesprek.afgerond"));
        }
        Optional<Gespreksplan.Moment> volgende = plan.volgende();
        if (volgende.isEmpty()) {
            return Termijn.gesloten(
                    VOORTGANGSGESPREK,
                    "T-10",
                    TermijnStatus.VOLDAAN,
                    berichten.getMessage("termijn.voortgangsgesprek.alleGehouden", new Object[] {aantal}));
        }
        Gespreksplan.Moment m = volgende.get();
        LocalDate vanaf = m.volgnummer() == 1
                ? d.mijlpalen().dagtekeningPip()
                : plan.momenten().get(m.volgnummer() - 2).gepland();
        return route.opgeschort(
                d,
                new Termijn(
                        VOORTGANGSGESPREK,
                        vanaf,
                        m.uiterlijk(),
                        m.binnenkortVanaf(),
                        null,
                        "T-10",
                        berichten.getMessage("termijn.voortgangsgesprek", new Object[] {
                            m.volgnummer(),
                            aantal,
                            InburgeringTermijnen.datum(m.gepland()),
                            m.maand(),
                            InburgeringTermijnen.datum(m.uiterlijk()),
                            instellingen.margeDagen()
                        }),
                        false));
    }
}
