package nl.inburgeringsregie.aanbieders;

import java.util.List;
import java.util.UUID;

/** A provider reported (or corrected) attendance of these persons (AB-6): their placement signals (AB-8) follow. */
record PresentieGemeld(List<UUID> inburgeraarIds) {

    PresentieGemeld {
        inburgeraarIds = List.copyOf(inburgeraarIds);
    }
}
