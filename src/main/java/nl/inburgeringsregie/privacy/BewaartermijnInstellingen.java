package nl.inburgeringsregie.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inburgeringsregie.bewaartermijnen.*} (issue 14 point 16): how long each category of data is kept, as an ISO
 * period (P5Y, P3M). No seed names a figure; the defaults and why are in the README ("Production: retention") and
 * the processing register (docs/verwerkingsregister.md). A gemeente's archivist sets them.
 *
 * @param dossier             the dossier and all that hangs on it (journal, intake, PIP, deadlines, DUO data), after
 *                            the duty ended (AFGEROND or UITGESCHREVEN); then destroyed
 * @param bijzondereGegevens  health data (I-5) in the intake, after the duty ended; then erased, the dossier stays
 * @param privacyverzoeken    a handled request for inzage or correction, after it was handled; then deleted
 * @param auditlog            the audit log, per calendar month after the month's end; then the month's partition is
 *                            dropped (at least twelve months: the database refuses less)
 * @param notificatiesZonderDossier a DUO notification about a BSN for which the gemeente has no dossier, after it was
 *                            received; then deleted (with a dossier, the notification follows the dossier's period)
 */
@ConfigurationProperties("inburgeringsregie.bewaartermijnen")
record BewaartermijnInstellingen(
        @DefaultValue("P5Y") Period dossier,
        @DefaultValue("P3M") Period bijzondereGegevens,
        @DefaultValue("P5Y") Period privacyverzoeken,
        @DefaultValue("P5Y") Period auditlog,
        @DefaultValue("P1Y") Period notificatiesZonderDossier) {

    /** The settings' keys as written in configuration, for the processing register. */
    public static final String PREFIX = "inburgeringsregie.bewaartermijnen";

    public BewaartermijnInstellingen {
        if (auditlog != null && auditlog.toTotalMonths() < 12) {
            throw new IllegalArgumentException(PREFIX + ".auditlog must be at least P12M");
        }
    }

    /** The defaults, as they apply when nothing is configured. */
    public static BewaartermijnInstellingen standaard() {
        return new BewaartermijnInstellingen(
                Period.ofYears(5), Period.ofMonths(3), Period.ofYears(5), Period.ofYears(5), Period.ofYears(1));
    }
}
