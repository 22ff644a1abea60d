package nl.inburgeringsregie.gebruikers;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one access decision (ADR 0028): may this user do this to this person? The action is a {@link Recht}; the user
 * may when one of their roles has that right <em>and</em> reaches the person through a {@link Relatie} the user has to
 * the person. The relationships come from every {@link RelatieBron} bean, so a module that brings a new kind of user
 * (a provider, a partner organisation, the newcomer) adds its source and its role's rights, and nothing else changes.
 *
 * <p>Services call {@link #eis} before they load a person's data; screens ask {@link #mag(String, UUID)} (the bean is
 * named {@code toegang}: {@code ${@toegang.mag('DOSSIER_WIJZIGEN', id)}}) so a page never shows an action the decision
 * refuses. PostgreSQL's row-level security follows the same relationships (V30_2). The purpose of the processing
 * follows from the relationship (the gemeente's task under the Wet inburgering for its staff) and is recorded by the
 * caller in the audit log.
 */
@Component("toegang")
public class Toegang {

    private final Gebruikers gebruikers;
    private final List<RelatieBron> bronnen;
    private final MessageSourceAccessor berichten;

    Toegang(Gebruikers gebruikers, List<RelatieBron> bronnen, MessageSourceAccessor berichten) {
        this.gebruikers = gebruikers;
        this.bronnen = bronnen;
        this.berichten = berichten;
    }

    /**
     * The decision as a table (role × relationship × action): one of the roles has the right and reaches the person
     * through one of the relationships.
     */
    public static boolean besluit(Set<Rol> rollen, Recht handeling, Set<Relatie> relaties) {
        return rollen.stream()
                .anyMatch(rol -> rol.heeft(handeling) && relaties.stream().anyMatch(rol::bereiktVia));
    }

    /** May the user do {@code handeling} to the person? False for a person that does not exist. */
    public boolean mag(HuidigeGebruiker gebruiker, Recht handeling, UUID persoon) {
        return gebruiker.mag(handeling) && besluit(gebruiker.rollen(), handeling, relaties(gebruiker, persoon));
    }

    /** May the signed-in user do {@code handeling} to the person? False without a signed-in user. */
    public boolean mag(Recht handeling, UUID persoon) {
        return gebruikers
                .huidigeIndienAanwezig()
                .map(g -> mag(g, handeling, persoon))
                .orElse(false);
    }

    /** For templates: {@code ${@toegang.mag('DOSSIER_WIJZIGEN', id)}}. */
    public boolean mag(String handeling, UUID persoon) {
        return mag(Recht.valueOf(handeling), persoon);
    }

    /** For templates, an action on no particular person (a menu item): {@code ${@toegang.mag('TEAM_OVERZIEN')}}. */
    public boolean mag(String handeling) {
        Recht recht = Recht.valueOf(handeling);
        return gebruikers.huidigeIndienAanwezig().map(g -> g.mag(recht)).orElse(false);
    }

    /**
     * Refuses unless the signed-in user may do {@code handeling} to the person: without the right at all 403 (as the
     * method's typed right annotation), without a relationship through which a role with that right reaches the
     * person 404, exactly like a person that does not exist, so ids do not reveal which persons exist (ADR 0004).
     */
    public void eis(Recht handeling, UUID persoon) {
        eisEenVan(persoon, handeling);
    }

    /** As {@link #eis}, when any one of the actions suffices (a method open to DUO's client and to staff). */
    public void eisEenVan(UUID persoon, Recht... handelingen) {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        if (Arrays.stream(handelingen).noneMatch(gebruiker::mag)) {
            throw new AccessDeniedException("Geen recht " + Arrays.toString(handelingen));
        }
        Set<Relatie> relaties = relaties(gebruiker, persoon);
        if (Arrays.stream(handelingen).noneMatch(h -> besluit(gebruiker.rollen(), h, relaties))) {
            throw new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden"));
        }
    }

    /**
     * The persons among {@code personen} the signed-in user may do {@code handeling} to: {@link #mag(Recht, UUID)} for
     * many at once, each source asked once for all of them (an upload of a week's attendance holds hundreds of rows).
     */
    public Set<UUID> mogen(Recht handeling, Collection<UUID> personen) {
        HuidigeGebruiker gebruiker = gebruikers.huidigeIndienAanwezig().orElse(null);
        if (gebruiker == null || !gebruiker.mag(handeling) || personen.isEmpty()) {
            return Set.of();
        }
        Map<UUID, Set<Relatie>> relaties = new HashMap<>();
        for (RelatieBron bron : bronnen) {
            bron.relaties(gebruiker, personen)
                    .forEach((persoon, r) -> relaties.computeIfAbsent(persoon, x -> EnumSet.noneOf(Relatie.class))
                            .addAll(r));
        }
        Set<UUID> toegestaan = new HashSet<>();
        relaties.forEach((persoon, r) -> {
            if (besluit(gebruiker.rollen(), handeling, r)) {
                toegestaan.add(persoon);
            }
        });
        return toegestaan;
    }

    /** Every relationship the user has to the person, from all sources. */
    public Set<Relatie> relaties(HuidigeGebruiker gebruiker, UUID persoon) {
        Set<Relatie> relaties = EnumSet.noneOf(Relatie.class);
        bronnen.forEach(bron -> relaties.addAll(bron.relaties(gebruiker, persoon)));
        return relaties;
    }
}
