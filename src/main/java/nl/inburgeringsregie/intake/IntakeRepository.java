package nl.inburgeringsregie.intake;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface IntakeRepository extends CrudRepository<Intake, UUID> {}
