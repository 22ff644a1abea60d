package nl.inburgeringsregie.inburgeraar;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface InburgeraarRepository extends CrudRepository<Inburgeraar, UUID> {

    @Query("select id from inburgeraar where gemeentecode = :gemeentecode and bsn = :bsn")
    Optional<UUID> findIdByBsn(String gemeentecode, String bsn);
}
