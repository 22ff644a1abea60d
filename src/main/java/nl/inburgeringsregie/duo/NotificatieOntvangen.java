package nl.inburgeringsregie.duo;

import java.util.UUID;

/** A new notification of a known event was stored; {@code gebruiker} is the account DUO delivered it with. */
record NotificatieOntvangen(UUID berichtId, String gebruiker) {}
