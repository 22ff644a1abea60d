package nl.inburgeringsregie.aanbieders.gebeurtenissen;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;

/**
 * A placement that teaches the person's leerroute (B1-route, onderwijsroute, Z-route: the course "waarmee de
 * Inburgeraar de Leerroute in het PIP kan voldoen", DUO's Inburgeringsaanbod API) was made or took a step of its
 * lifecycle, published in the transaction of the step (ADR 0034). It carries the placement as it is now; what DUO is
 * told (and whether, R-10) is the listener's. All dates are days as the placement records them: {@code verwachteEinde}
 * and {@code einddatum} are the last day (inclusive).
 *
 * @param instellingsnummer the provider's DUO instellingsnummer
 * @param aanbieder the provider's name, for the journal and the melding's description
 * @param bowKeurmerk whether the provider held Blik op Werk's keurmerk on the registration day
 * @param tstKeurmerk whether the provider was a recognised taalschakelinstelling on the registration day
 * @param stap the step just taken
 * @param alfabetisering the vastgesteld PIP's indicator (null when the PIP has none)
 */
public record PlaatsingGewijzigd(
        UUID plaatsingId,
        UUID inburgeraarId,
        String gemeentecode,
        String instellingsnummer,
        String aanbieder,
        boolean bowKeurmerk,
        boolean tstKeurmerk,
        Stap stap,
        LocalDate aanmelddatum,
        LocalDate verwachteStart,
        LocalDate verwachteEinde,
        LocalDate startdatum,
        LocalDate einddatum,
        Alfabetiseringsindicator alfabetisering) {

    /** The step of the placement's lifecycle (AB-4). */
    public enum Stap {
        /** The person took a place (from the registration or from the waiting list). */
        GEPLAATST,
        /** The contract is full: the person waits for a place. */
        WACHTLIJST,
        GESTART,
        AFGEROND,
        /** Ended early, with a reason; {@code startdatum} null when the teaching never started. */
        AFGEBROKEN
    }
}
