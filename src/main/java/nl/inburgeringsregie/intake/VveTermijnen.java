package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.Kind;
import nl.inburgeringsregie.intake.IntakeRegels.VveGrenzen;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnBron;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnStatus;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * I-2, ADR 0039: the consultant's signal {@code VVE_KINDEREN} on the worklist while a child of the household is of VVE
 * age and has no decided referral, or I-2's two acts are not both recorded. A window: it runs from the day the first
 * such child reaches VVE age to the day before the last one's upper limit (the 4th birthday), "binnenkort" from its
 * start, so a child who turns 4 takes it off the list without anyone acting; closed (met) once every child of VVE age
 * has a decision and both acts are recorded. A pure derivation from the household's birth dates, the referrals and the
 * acts: no "today".
 */
@Component
@Order(31)
class VveTermijnen implements TermijnBron {

    static final TermijnSoort VVE_KINDEREN = new TermijnSoort("VVE_KINDEREN", true, "kinderen");

    private final DossierfeitenLezer dossiers;
    private final VveInstellingen instellingen;
    private final Kinderen kinderen;
    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;

    VveTermijnen(
            DossierfeitenLezer dossiers,
            VveInstellingen instellingen,
            Kinderen kinderen,
            JdbcClient jdbc,
            MessageSourceAccessor berichten) {
        this.dossiers = dossiers;
        this.instellingen = instellingen;
        this.kinderen = kinderen;
        this.jdbc = jdbc;
        this.berichten = berichten;
    }

    @Override
    public List<TermijnSoort> soorten() {
        return List.of(VVE_KINDEREN);
    }

    @Override
    public List<Termijn> termijnen(Dossierfeiten d) {
        if (d.fase() == Fase.UITGESCHREVEN) {
            return List.of();
        }
        List<Kind> huishouden = dossiers.kinderen(d.id());
        if (huishouden.isEmpty()) {
            return List.of();
        }
        VveGrenzen grenzen = instellingen.grenzen(d.gemeentecode());
        Set<String> besloten =
                jdbc.sql("""
                        select kind_voornaam || '|' || kind_geboortedatum from vve_verwijzing
                        where inburgeraar_id = ? and status <> 'TE_BESPREKEN'""").param(d.id()).query(String.class).list().stream().collect(Collectors.toSet());
        boolean handelingenGedaan = kinderen.handelingen(d.id()).stream().allMatch(Kinderen.HandelingWeergave::gedaan);
        LocalDate bekend = Stream.of(
                        d.datumKennisgeving(), d.datumKoppeling(), d.datumHuisvesting(), d.datumInschrijvingBrp())
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        List<Kind> open = new ArrayList<>();
        boolean relevant = false;
        for (Kind k : huishouden) {
            LocalDate vanaf = grenzen.vanaf(IntakeRegels.VveSoort.VOORSCHOOL, k.geboortedatum());
            LocalDate tot = grenzen.tot(k.geboortedatum());
            if (!vanaf.isBefore(tot) || bekend != null && !tot.isAfter(bekend)) {
                continue; // the gemeente's limits leave no VVE age, or the child was past it before the dossier began
            }
            relevant = true;
            if (!handelingenGedaan || !besloten.contains(k.voornaam() + "|" + k.geboortedatum())) {
                open.add(k);
            }
        }
        if (!relevant) {
            return List.of();
        }
        if (open.isEmpty()) {
            return List.of(Termijn.gesloten(
                    VVE_KINDEREN, "I-2", TermijnStatus.VOLDAAN, berichten.getMessage("termijn.vve.voldaan")));
        }
        LocalDate start = open.stream()
                .map(k -> grenzen.vanaf(IntakeRegels.VveSoort.VOORSCHOOL, k.geboortedatum()))
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate einde = open.stream()
                .map(k -> grenzen.tot(k.geboortedatum()).minusDays(1))
                .max(LocalDate::compareTo)
                .orElseThrow();
        return List.of(new Termijn(
                VVE_KINDEREN,
                start,
                einde,
                start,
                null,
                "I-2",
                berichten.getMessage(
                        handelingenGedaan ? "termijn.vve.verwijzing" : "termijn.vve.handelingen",
                        new Object[] {open.size()}),
                false));
    }
}
