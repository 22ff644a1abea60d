package nl.inburgeringsregie.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The persons a privacy officer looks up in the audit log, by BSN or name, as an AVG inzage request names them (issue
 * 21 point 7). Implemented by the module that holds the dossiers (inburgeraar), which already depends on this one:
 * declaring the interface here keeps the dependency one-way. Only reads; the caller audits what it shows
 * ({@link AuditInzage}).
 */
public interface Inzagepersonen {

    /** A person as the audit search shows them: enough to tell two namesakes apart, no BSN. */
    record Persoon(UUID id, String gemeentecode, String naam, LocalDate geboortedatum) {}

    /**
     * The persons of the given gemeenten with this BSN (nine digits: exact, and it must pass the elfproef, else an
     * {@link nl.inburgeringsregie.infrastructure.fouten.InvalidInputException} on field {@code inburgeraar}) or whose
     * name begins so (surname or first names, accents and case ignored; "voornaam achternaam" and "achternaam,
     * voornaam" too), by name, at most {@code max}.
     */
    List<Persoon> zoek(String bsnOfNaam, List<String> gemeenten, int max);

    /** The person with this dossier id, when they are of the given gemeenten. */
    Optional<Persoon> vind(UUID id, List<String> gemeenten);
}
