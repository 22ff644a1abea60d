package nl.inburgeringsregie.aanbieders;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AanbiederRepository extends CrudRepository<Aanbieder, UUID> {

    @Query("select * from aanbieder order by naam")
    List<Aanbieder> alle();
}
