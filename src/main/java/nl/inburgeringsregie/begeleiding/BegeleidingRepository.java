package nl.inburgeringsregie.begeleiding;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface BegeleidingRepository extends CrudRepository<Begeleiding, UUID> {

    @Query("select * from begeleiding where inburgeraar_id = :inburgeraarId")
    Optional<Begeleiding> vanDossier(UUID inburgeraarId);
}
