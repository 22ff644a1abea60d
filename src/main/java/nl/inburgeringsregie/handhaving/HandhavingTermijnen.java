package nl.inburgeringsregie.handhaving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
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
 * The handhaving's deadlines on the consultant's worklist (H-1): the zienswijze period of a voornemen (after it the
 * besluit may follow without a zienswijze) and the bezwaar period of a boete (6 weeks, Awb 6:7), both as computed at
 * the step with the Algemene termijnenwet (T-14). One deadline per kind: the earliest running one of the person's
 * cases; met once none runs; none for a person without a voornemen or boete.
 */
@Component
@Order(50)
class HandhavingTermijnen implements TermijnBron {

    static final TermijnSoort ZIENSWIJZE = new TermijnSoort("HANDHAVING_ZIENSWIJZE", true);
    static final TermijnSoort BEZWAAR = new TermijnSoort("HANDHAVING_BEZWAAR", true);

    /** How many days before its end a period shows as "binnenkort". */
    static final int BINNENKORT_DAGEN = 5;

    private record Periode(LocalDate van, LocalDate tot, boolean loopt) {}

    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;

    HandhavingTermijnen(JdbcClient jdbc, MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(ZIENSWIJZE, BEZWAAR);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        List<Termijn> termijnen = new ArrayList<>();
        List<Periode> zienswijze = jdbc.sql("""
                        select s.datum as van, z.zienswijze_tot as tot, z.status = 'VOORNEMEN' as loopt
                        from handhavingszaak z join handhavingsstap s on s.zaak_id = z.id and s.stap = 'VOORNEMEN'
                        where z.inburgeraar_id = ?
                        order by z.status = 'VOORNEMEN' desc, z.zienswijze_tot""")
                .param(d.id())
                .query((rs, i) -> new Periode(
                        rs.getObject("van", LocalDate.class),
                        rs.getObject("tot", LocalDate.class),
                        rs.getBoolean("loopt")))
                .list();
        termijn(ZIENSWIJZE, zienswijze, "termijn.handhaving.zienswijze").ifPresent(termijnen::add);
        List<Periode> bezwaar = jdbc.sql("""
                        select z.besluit_datum as van, z.bezwaar_tot as tot, z.status = 'BOETE' as loopt
                        from handhavingszaak z
                        where z.inburgeraar_id = ? and z.besluit = 'BOETE'
                        order by z.status = 'BOETE' desc, z.bezwaar_tot""")
                .param(d.id())
                .query((rs, i) -> new Periode(
                        rs.getObject("van", LocalDate.class),
                        rs.getObject("tot", LocalDate.class),
                        rs.getBoolean("loopt")))
                .list();
        termijn(BEZWAAR, bezwaar, "termijn.handhaving.bezwaar").ifPresent(termijnen::add);
        return termijnen;
    }

    private Optional<Termijn> termijn(TermijnSoort soort, List<Periode> perioden, String tekst) {
        if (perioden.isEmpty()) {
            return Optional.empty();
        }
        Periode p = perioden.getFirst();
        if (!p.loopt()) {
            return Optional.of(
                    Termijn.gesloten(soort, "H-1", TermijnStatus.VOLDAAN, berichten.getMessage(tekst + ".geen")));
        }
        return Optional.of(new Termijn(
                soort,
                p.van(),
                p.tot(),
                p.tot().minusDays(BINNENKORT_DAGEN),
                null,
                "H-1",
                berichten.getMessage(tekst, new Object[] {InburgeringTermijnen.datum(p.tot())}),
                false));
    }
}
