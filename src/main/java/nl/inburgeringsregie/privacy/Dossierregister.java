package nl.inburgeringsregie.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dossiers as the privacy module needs them (issue 14 points 15 and 16), implemented by the module that owns them
 * (inburgeraar): find a person's dossier, the dossiers whose duty has ended, and destroying one. No rights are checked
 * here; the privacy module's services do.
 */
public interface Dossierregister {

    /** A dossier: id, gemeente, BSN and the person's name. */
    record Dossier(UUID id, String gemeentecode, String bsn, String naam) {}

    /** A dossier whose duty ended (duty met or uitgeschreven) on {@code eindePlicht}. */
    record Beeindigd(UUID id, String gemeentecode, LocalDate eindePlicht) {}

    /** The gemeente's dossier of a BSN (within the current user's gemeenten, by row-level security). */
    Optional<Dossier> opBsn(String gemeentecode, String bsn);

    Optional<Dossier> opId(UUID id);

    /**
     * Dossiers whose duty ended on or before {@code grens}: phase AFGEROND or UITGESCHREVEN, ended on the day (Europe/
     * Amsterdam) of the journal's last move into that phase. A dossier in such a phase without a recorded move (bulk
     * demo data) has no known end and is never returned.
     */
    List<Beeindigd> beeindigdUiterlijk(LocalDate grens);

    /** Destroys the dossier and everything that hangs on it (journal, intake, PIP, deadlines, DUO data about it). */
    void vernietig(UUID id);
}
