package nl.inburgeringsregie.aanbieders;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ContractRepository extends CrudRepository<Contract, UUID> {

    @Query("select * from contract order by einddatum desc, contractnummer")
    List<Contract> alle();
}
