package nl.inburgeringsregie.duosimulator;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.InburgeraarsGeladen;
import nl.inburgeringsregie.inburgeraar.Wet;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The simulated DUO knows the demo's people (profile duo-simulator): when demo data is loaded, each Wi2021 person is
 * registered at the simulator as DUO would hold them — duty with our date of the notice, doelgroep, termijn — placed in
 * their gemeente. A few planted differences make reconciliation worth looking at in the demo: every 40th person has
 * another doelgroep at DUO, every 50th is unknown to DUO.
 */
@Component
@Profile("duo-simulator")
class DuoSimulatorDemo {

    private final DuoSimulator simulator;
    private final DossierfeitenLezer dossiers;

    DuoSimulatorDemo(DuoSimulator simulator, DossierfeitenLezer dossiers) {
        this.simulator = simulator;
        this.dossiers = dossiers;
    }

    @EventListener
    void geladen(InburgeraarsGeladen geladen) {
        List<Dossierfeiten> personen = dossiers.van(geladen.ids());
        Map<UUID, String> bsns = dossiers.bsns(geladen.ids());
        for (int i = 0; i < personen.size(); i++) {
            Dossierfeiten d = personen.get(i);
            String bsn = bsns.get(d.id());
            if (d.wet() != Wet.WI2021 || d.doelgroep() == null || i % 50 == 49) {
                continue;
            }
            String doelgroep = i % 40 == 39
                    ? (d.doelgroep().duoWaarde().equals("Asielstatushouder")
                            ? "Gezinsmigrant en overige migrant"
                            : "Asielstatushouder")
                    : d.doelgroep().duoWaarde();
            simulator.zetPlicht(
                    bsn, new DuoSimulator.Plicht(true, d.datumKennisgeving(), d.datumKennisgeving(), doelgroep, null));
            simulator.plaatsIn(bsn, d.gemeentecode());
            if (d.mijlpalen().einddatumInburgeringstermijn() != null
                    && d.mijlpalen().dagtekeningPip() != null) {
                simulator.zetTermijn(
                        bsn,
                        new DuoSimulator.Termijn(
                                d.mijlpalen().dagtekeningPip().plusDays(1),
                                d.mijlpalen().einddatumInburgeringstermijn()));
            }
        }
    }
}
