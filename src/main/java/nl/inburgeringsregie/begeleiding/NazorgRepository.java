package nl.inburgeringsregie.begeleiding;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface NazorgRepository extends CrudRepository<Nazorg, UUID> {

    @Query("select * from nazorg where inburgeraar_id = :inburgeraarId")
    Optional<Nazorg> vanDossier(UUID inburgeraarId);
}
