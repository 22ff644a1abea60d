package nl.inburgeringsregie.inburgeraar;

import java.util.List;
import java.util.UUID;

/** Published when facts of a dossier changed; {@code velden} names them (e.g. datumHuisvesting for T-1). */
public record InburgeraarGewijzigd(UUID inburgeraarId, String gemeentecode, List<String> velden) {}
