package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.Mijlpalen;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.termijnen.Gemist;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * T-2, the gemeente's internal target for the brede intake (a number of weeks after T-1's start moment, rule book C):
 * this module's deadline, contributed to module termijnen ({@link TermijnBron}). Met when the brede intake was
 * completed, or by the PIP's dagtekening; met after the target stays visible as late (T-15). The start moment and the
 * rules of history (PL-4, PL-5, PL-6, T-15) are {@link InburgeringTermijnen}'s.
 */
@Beslist("T-2")
@Component
@Order(1)
public class IntakeTermijnen implements TermijnBron {

    private final InburgeringTermijnen regels;
    private final MessageSourceAccessor berichten;

    public IntakeTermijnen(InburgeringTermijnen regels, MessageSourceAccessor berichten) {
        this.regels = regels;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(TermijnSoort.BREDE_INTAKE);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        return termijnen(d, Map.of());
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d, Map<TermijnSoort, Gemist> gemist) {
        Gemist intakeGemist = gemist.get(TermijnSoort.BREDE_INTAKE);
        Mijlpalen v = d.mijlpalen();
        LocalDate gedaan = v.datumBredeIntakeAfgerond() != null ? v.datumBredeIntakeAfgerond() : v.dagtekeningPip();
        return List.of(regels.buitenDeRoute(d, TermijnSoort.BREDE_INTAKE, "T-2", intakeGemist)
                .orElseGet(() -> regels.opgeschort(
                        d, regels.perDoelgroep(d, intakeGemist, gedaan, grondslag -> intake(d, grondslag)))));
    }

    private Termijn intake(Dossierfeiten d, InburgeringTermijnen.Grondslag grondslag) {
        InburgeringTermijnen.Start start = grondslag.start();
        Mijlpalen v = d.mijlpalen();
        int weken = grondslag.intakeWeken();
        if (v.datumBredeIntakeAfgerond() != null || v.dagtekeningPip() != null) {
            LocalDate gedaan = v.datumBredeIntakeAfgerond() != null ? v.datumBredeIntakeAfgerond() : v.dagtekeningPip();
            String uitleg = v.datumBredeIntakeAfgerond() != null
                    ? bericht("termijn.intake.voldaan", datum(v.datumBredeIntakeAfgerond()))
                    : bericht("termijn.intake.voldaanPip", datum(v.dagtekeningPip()));
            if (start.datum() != null && gedaan.isAfter(start.datum().plusWeeks(weken))) {
                // Done after the target: met, and late (T-15 keeps that visible).
                LocalDate uiterlijk = start.datum().plusWeeks(weken);
                return new Termijn(
                                TermijnSoort.BREDE_INTAKE,
                                start.datum(),
                                uiterlijk,
                                null,
                                TermijnStatus.VOLDAAN,
                                "T-2",
                                uitleg + " "
                                        + bericht(
                                                "termijn.gemist.voldaan",
                                                berichten.getMessage("termijn.soort.BREDE_INTAKE"),
                                                ChronoUnit.DAYS.between(uiterlijk, gedaan),
                                                datum(gedaan),
                                                datum(uiterlijk)),
                                false)
                        .alsGemistOp(uiterlijk);
            }
            return Termijn.gesloten(TermijnSoort.BREDE_INTAKE, "T-2", TermijnStatus.VOLDAAN, uitleg);
        }
        if (start.datum() == null) {
            return new Termijn(
                    TermijnSoort.BREDE_INTAKE,
                    null,
                    null,
                    null,
                    null,
                    "T-2",
                    bericht("termijn.ontbreekt", String.join(" en ", start.ontbreekt()), "T-2"),
                    false);
        }
        LocalDate uiterlijk = start.datum().plusWeeks(weken);
        return new Termijn(
                TermijnSoort.BREDE_INTAKE,
                start.datum(),
                uiterlijk,
                uiterlijk.minusDays(grondslag.intakeWaarschuwingDagen()),
                null,
                "T-2",
                bericht("termijn.intake", datum(uiterlijk), weken, datum(start.datum()), grondslag.herkomst()),
                false);
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten);
    }

    private static String datum(LocalDate datum) {
        return InburgeringTermijnen.datum(datum);
    }
}
