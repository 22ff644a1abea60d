package nl.inburgeringsregie.inburgeraar;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface InburgeraarRepository extends CrudRepository<Inburgeraar, UUID> {

    /** The statement of {@link #findInGemeenten} (the dossier page opens a dossier with it). */
    String IN_GEMEENTEN = "select * from inburgeraar where id = :id and gemeentecode = any(:gemeenten)";

    /** The dossier, only when it belongs to one of the given gemeenten: tenant separation in SQL. */
    @Query(IN_GEMEENTEN)
    Optional<Inburgeraar> findInGemeenten(UUID id, String[] gemeenten);

    @Query("select id from inburgeraar where gemeentecode = :gemeentecode and bsn = :bsn")
    Optional<UUID> findIdByBsn(String gemeentecode, String bsn);

    default Optional<Inburgeraar> vindInGemeenten(UUID id, Collection<String> gemeenten) {
        return findInGemeenten(id, gemeenten.toArray(String[]::new));
    }
}
