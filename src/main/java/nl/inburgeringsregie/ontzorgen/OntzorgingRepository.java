package nl.inburgeringsregie.ontzorgen;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface OntzorgingRepository extends CrudRepository<Ontzorging, UUID> {

    @Query("select * from ontzorging where inburgeraar_id = :inburgeraarId")
    Optional<Ontzorging> vanDossier(UUID inburgeraarId);
}
