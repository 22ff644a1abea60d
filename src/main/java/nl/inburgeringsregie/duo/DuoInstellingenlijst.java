package nl.inburgeringsregie.duo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.inburgeringsregie.aanbieders.instellingen.Instellingenlijst;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * DUO's list of recognised institutions (Inburgeringsaanbod API, {@code GET /instellingen}): each institution's
 * instellingsnummer, name and whether it holds the Blik op Werk keurmerk and TST. Asked live, never stored here.
 * It provides what module {@code aanbieders} declares it needs ({@link Instellingenlijst}) to check a provider's number
 * and keurmerken, so aanbieders does not depend on duo. The list is the same for every gemeente; {@link #vraag()} asks it as the installation's first.
 */
@Service
class DuoInstellingenlijst implements Instellingenlijst {

    private final DuoClient duo;
    private final DuoInstellingen instellingen;

    DuoInstellingenlijst(DuoClient duo, DuoInstellingen instellingen) {
        this.duo = duo;
        this.instellingen = instellingen;
    }

    @Override
    public Optional<List<Instellingenlijst.Instelling>> vraag() {
        Optional<String> gemeente =
                instellingen.gemeenten().keySet().stream().sorted().findFirst();
        if (gemeente.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(instellingen(gemeente.get()).stream()
                    .map(i -> new Instellingenlijst.Instelling(
                            i.instellingsnummer(), i.naam(), i.bowKeurmerk(), i.tstKeurmerk()))
                    .toList());
        } catch (DuoClient.DuoFout e) {
            return Optional.empty();
        }
    }

    /** DUO's list asked on behalf of {@code gemeentecode}; throws {@link DuoClient.DuoFout} when DUO fails. */
    List<DuoRegels.Instelling> instellingen(String gemeentecode) {
        return duo.raadpleeg("Inburgeringsaanbod", gemeentecode, "/instellingen")
                .map(DuoInstellingenlijst::lees)
                .orElse(List.of());
    }

    /** DUO's answer read as institutions. */
    static List<DuoRegels.Instelling> lees(JsonNode antwoord) {
        List<DuoRegels.Instelling> lijst = new ArrayList<>();
        antwoord.forEach(i -> lijst.add(new DuoRegels.Instelling(
                i.path("instellingsnummer").asString(),
                i.path("naam").asString(),
                i.path("indicatieBowKeurmerk").asBoolean(),
                i.path("indicatieTstKeurmerk").asBoolean())));
        return lijst;
    }
}
