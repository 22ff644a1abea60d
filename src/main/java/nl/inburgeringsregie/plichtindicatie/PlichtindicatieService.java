package nl.inburgeringsregie.plichtindicatie;

import java.time.Clock;
import java.time.LocalDate;
import nl.inburgeringsregie.gebruikers.MagPlichtIndiceren;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

/** The pre-screen for the desk: checks the right, judges, stores nothing (the question names nobody). */
@Service
class PlichtindicatieService {

    private final Plichtindicatie plichtindicatie;
    private final Clock clock;

    PlichtindicatieService(PlichtindicatieInstellingen instellingen, MessageSourceAccessor berichten, Clock clock) {
        this.plichtindicatie = new Plichtindicatie(instellingen, berichten);
        this.clock = clock;
    }

    @MagPlichtIndiceren
    Plichtindicatie.Uitslag beoordeel(Plichtindicatie.Vraag vraag) {
        return plichtindicatie.beoordeel(vraag, LocalDate.now(clock));
    }
}
