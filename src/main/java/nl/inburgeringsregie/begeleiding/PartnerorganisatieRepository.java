package nl.inburgeringsregie.begeleiding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PartnerorganisatieRepository extends CrudRepository<Partnerorganisatie, UUID> {

    @Query("select * from partnerorganisatie order by naam")
    List<Partnerorganisatie> alle();

    @Query("select * from partnerorganisatie where naam = :naam")
    Optional<Partnerorganisatie> metNaam(String naam);
}
