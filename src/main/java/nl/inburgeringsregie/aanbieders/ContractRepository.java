package nl.inburgeringsregie.aanbieders;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ContractRepository extends CrudRepository<Contract, UUID> {

    @Query("select * from contract order by einddatum desc, contractnummer")
    List<Contract> alle();

    /** AB-1: the contracts that serve the gemeente. */
    @Query("select c.* from contract c join contract_gemeente g on g.contract_id = c.id"
            + " where g.gemeentecode = :gemeentecode order by c.contractnummer")
    List<Contract> voorGemeente(String gemeentecode);
}
