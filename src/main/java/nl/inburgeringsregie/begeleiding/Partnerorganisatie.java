package nl.inburgeringsregie.begeleiding;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A partner organisation that gives maatschappelijke begeleiding on the gemeente's behalf (T-9); no personal data. */
@Table("partnerorganisatie")
record Partnerorganisatie(@Id UUID id, @Version Integer version, String naam, Instant gewijzigdOp) {

    static Partnerorganisatie nieuw(String naam, Instant nu) {
        return new Partnerorganisatie(UUID.randomUUID(), null, naam.strip(), nu);
    }
}
