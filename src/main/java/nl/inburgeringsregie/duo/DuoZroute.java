package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Z-route's completion to DUO (R-5, {@code PUT /personen/{bsn}/zroute}), made from the eindgesprek the consultant
 * records in module {@code voortgang} (issue 16, ADR 0040): checked against DUO's rules ({@link DuoRegels#zroute}) and
 * queued in the outbox, within the caller's transaction and with the caller's right to change the dossier.
 */
@Service
public class DuoZroute {

    private final DuoMeldingen meldingen;

    DuoZroute(DuoMeldingen meldingen) {
        this.meldingen = meldingen;
    }

    @Transactional
    public void meldAfronding(UUID inburgeraarId, LocalDate datum) {
        meldingen.zroute(inburgeraarId, datum);
    }
}
