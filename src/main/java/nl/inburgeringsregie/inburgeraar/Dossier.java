package nl.inburgeringsregie.inburgeraar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A dossier as read: the facts plus what the system keeps about it. */
record Dossier(
        UUID id,
        int versie,
        InburgeraarGegevens gegevens,
        Fase fase,
        String consulent,
        String consulentNaam,
        Registratiebron registratiebron,
        Instant geregistreerdOp,
        List<Waarschuwing> waarschuwingen) {

    Dossier {
        waarschuwingen = waarschuwingen == null ? List.of() : List.copyOf(waarschuwingen);
    }
}
