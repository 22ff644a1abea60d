package nl.inburgeringsregie.inburgeraar;

import java.util.List;
import java.util.UUID;

/** Many dossiers were loaded at once (demo data, national-scale dataset): read models catch up. */
public record InburgeraarsGeladen(List<UUID> ids) {}
