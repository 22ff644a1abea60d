package nl.inburgeringsregie.begeleiding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.inburgeraar.InburgeraarGewijzigd;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * T-11: when DUO reports the duty met (SS106, or the full vrijstelling or ontheffing that also close it; the dossier
 * moves to AFGEROND) the nazorg starts on that day, once: a later report changes nothing, and a date the consultant
 * recorded as the gemeente's own completion stays. In the publisher's transaction, like the deadlines' read model.
 */
@Component
class Nazorgstart {

    private final NazorgRepository nazorgen;
    private final DossierfeitenLezer dossiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Nazorgstart(NazorgRepository nazorgen, DossierfeitenLezer dossiers, ApplicationEventPublisher events, Clock clock) {
        this.nazorgen = nazorgen;
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void faseGewijzigd(InburgeraarGewijzigd gewijzigd) {
        if (!gewijzigd.velden().contains("fase")) {
            return;
        }
        Dossierfeiten d = dossiers.van(List.of(gewijzigd.inburgeraarId())).stream()
                .findFirst()
                .orElse(null);
        if (d == null
                || d.fase() != Fase.AFGEROND
                || nazorgen.vanDossier(d.id()).isPresent()) {
            return;
        }
        nazorgen.save(Nazorg.nieuw(d.id(), d.gemeentecode(), LocalDate.now(clock), Nazorg.Bron.DUO, clock.instant()));
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(d.id())));
    }
}
