package nl.inburgeringsregie.inburgeraar;

import java.util.UUID;

/** Published when a dossier is created (desk registration or DUO notice). */
public record InburgeraarGeregistreerd(UUID inburgeraarId, String gemeentecode) {}
