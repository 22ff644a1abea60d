package nl.inburgeringsregie.inburgeraar;

import java.util.UUID;

/**
 * Whether a dossier holds special-category data (AVG art. 9; health, rule I-5), implemented by the module that keeps
 * such data (intake). Assigning such a dossier opens that data to the new consultant, so it needs a team lead or a
 * recorded reason (issue 14 point 6).
 */
public interface BijzondereGegevens {

    boolean aanwezig(UUID inburgeraarId);
}
