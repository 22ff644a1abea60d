package nl.inburgeringsregie.pip;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PipRepository extends CrudRepository<Pip, UUID> {

    @Query("select * from pip where inburgeraar_id = :inburgeraarId order by versienummer")
    List<Pip> findByInburgeraarId(UUID inburgeraarId);
}
