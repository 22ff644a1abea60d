package nl.inburgeringsregie.aanbieders;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PlaatsingRepository extends CrudRepository<Plaatsing, UUID> {

    @Query("select * from plaatsing where inburgeraar_id = :inburgeraarId order by aanmelddatum desc, id")
    List<Plaatsing> vanDossier(UUID inburgeraarId);
}
