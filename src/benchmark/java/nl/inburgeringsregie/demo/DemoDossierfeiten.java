package nl.inburgeringsregie.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import nl.inburgeringsregie.gebruikers.Gemeente;
import nl.inburgeringsregie.inburgeraar.Bulkregistratie.Dossierinvoer;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.InburgeraarGegevens;

/**
 * For microbenchmarks: the facts of a demo caseload as the demo generator makes them (DemoCaseload, the seed of
 * application.yml), so the mix of doelgroepen, laws, phases and dates is the one the application is loaded with. The
 * facts are those DossierfeitenLezer reads from the database for the same people.
 */
public final class DemoDossierfeiten {

    /** inburgeringsregie.demo.seed in application.yml. */
    public static final long SEED = 20260101L;

    private DemoDossierfeiten() {
    }

    /** {@code aantal} people of Haarlem's demo caseload as of {@code vandaag}. */
    public static List<Dossierfeiten> haarlem(int aantal, LocalDate vandaag) {
        Gemeente haarlem = new Gemeente("0392", "Haarlem");
        AtomicLong nummer = new AtomicLong();
        return new DemoCaseload(SEED, vandaag)
                .voor(haarlem, DemoCaseload.HAARLEM, List.of("consulent", "l.smit", "m.bouzid"), aantal, 0, true)
                .map(invoer -> feiten(new UUID(0, nummer.incrementAndGet()), invoer))
                .toList();
    }

    private static Dossierfeiten feiten(UUID id, Dossierinvoer invoer) {
        InburgeraarGegevens g = invoer.gegevens();
        return new Dossierfeiten(id, g.gemeentecode(), invoer.consulent(), g.geboortedatum(), g.doelgroep(), g.wet(),
                invoer.fase(), g.datumKennisgeving(), g.datumKoppeling(), g.datumHuisvesting(), g.datumInschrijvingBrp(),
                g.mijlpalen(), List.of(), null, g.datumStartBijstand());
    }
}
