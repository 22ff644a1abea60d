package nl.inburgeringsregie.begeleiding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgeringsregie.documenten.Overdrachtsdocument;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagBegeleidingInzien;
import nl.inburgeringsregie.gebruikers.MagBegeleidingRegie;
import nl.inburgeringsregie.gebruikers.MagBegeleidingVastleggen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.inburgeraar.Fase;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.privacy.Doelbinding;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's maatschappelijke begeleiding (T-9) and nazorg (T-11): every call passes the access decision first (a person
 * the user may not reach, such as one assigned to another partner organisation, answers 404 as a missing one) and is
 * audited with the purpose "maatschappelijke begeleiding" (ADR 0036). The begeleider sees the begeleiding and no nazorg,
 * intake, health or handhaving; the consultant assigns the partner organisation, sees the signals and records nazorg.
 */
@Service
class Begeleidingen {

    /** A contact as screens and the API show it. */
    record ContactWeergave(
            LocalDate datum,
            boolean tolk,
            String tolktaal,
            List<Contact.Leefgebied> leefgebieden,
            int minuten,
            boolean participatie,
            String signaal) {}

    /** The nazorg as the consultant sees it; {@code uiterlijk}: the day the contact is due (T-11). */
    record NazorgWeergave(
            LocalDate voldaanOp,
            Nazorg.Bron bron,
            LocalDate uiterlijk,
            LocalDate geplandOp,
            LocalDate gehoudenOp,
            Nazorg.Uitkomst uitkomst,
            String toelichting) {}

    /** A person's begeleiding (null when none is assigned) and, for the consultant, the nazorg. */
    record Weergave(
            UUID inburgeraarId,
            String naam,
            LocalDate geboortedatum,
            LocalDate datumHuisvesting,
            UUID partnerId,
            String partnerorganisatie,
            LocalDate startdatum,
            LocalDate einddatum,
            LocalDate signaalSinds,
            LocalDate overdrachtDatum,
            String overdrachtTeam,
            String overdrachtSamenvatting,
            boolean overdrachtGezamenlijk,
            BigDecimal participatieUren,
            List<ContactWeergave> contacten,
            NazorgWeergave nazorg) {}

    /** The nazorg contact as the consultant records it. */
    record NazorgInvoer(
            LocalDate voldaanOp,
            LocalDate geplandOp,
            LocalDate gehoudenOp,
            Nazorg.Uitkomst uitkomst,
            String toelichting) {}

    private final BegeleidingRepository begeleidingen;
    private final NazorgRepository nazorgen;
    private final PartnerorganisatieRepository partners;
    private final DossierfeitenLezer dossiers;
    private final BegeleidingInstellingen instellingen;
    private final Overdrachtsdocument document;
    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Begeleidingen(
            BegeleidingRepository begeleidingen,
            NazorgRepository nazorgen,
            PartnerorganisatieRepository partners,
            DossierfeitenLezer dossiers,
            BegeleidingInstellingen instellingen,
            Overdrachtsdocument document,
            Toegang toegang,
            Gebruikers gebruikers,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.begeleidingen = begeleidingen;
        this.nazorgen = nazorgen;
        this.partners = partners;
        this.dossiers = dossiers;
        this.instellingen = instellingen;
        this.document = document;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.events = events;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** The person's begeleiding (and nazorg for the consultant), audited as a read with the purpose begeleiding. */
    @Transactional
    @MagBegeleidingInzien
    public Weergave lees(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.BEGELEIDING_INZIEN);
        auditLog.registreer(
                AuditActie.DOSSIER_BEKEKEN,
                new AuditLog.Betrokkene(inburgeraarId, d.gemeentecode()),
                "begeleiding",
                Doelbinding.BEGELEIDING);
        return weergave(d, begeleidingen.vanDossier(inburgeraarId).orElse(null));
    }

    /**
     * T-9: the consultant assigns a partner organisation at housing; the period runs from the day of housing. Only an
     * asielstatushouder (maatschappelijke begeleiding is their duty's offer) whose dossier records housing; a running
     * begeleiding moves to the other organisation.
     */
    @Transactional
    @MagBegeleidingRegie
    public Weergave wijsToe(UUID inburgeraarId, UUID partnerId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.BEGELEIDING_REGIE);
        Partnerorganisatie partner =
                partnerId == null ? null : partners.findById(partnerId).orElse(null);
        if (partner == null) {
            throw new InvalidInputException("partnerId", "fout.begeleiding.partnerOnbekend", "T-9");
        }
        Instant nu = clock.instant();
        Begeleiding b = begeleidingen.vanDossier(inburgeraarId).orElse(null);
        if (b == null) {
            if (d.doelgroep() != Doelgroep.ASIELSTATUSHOUDER) {
                throw new InvalidInputException("doelgroep", "fout.begeleiding.geenAsielstatushouder", "T-9");
            }
            if (d.datumHuisvesting() == null) {
                throw new InvalidInputException("datumHuisvesting", "fout.begeleiding.geenHuisvesting", "T-9");
            }
            b = Begeleiding.nieuw(
                    inburgeraarId, d.gemeentecode(), partner.id(), d.datumHuisvesting(), instellingen.maanden(), nu);
        } else {
            b.wijsToe(partner.id(), nu);
        }
        return opgeslagen(d, b, "begeleiding.toegewezen");
    }

    /** The begeleider records a contact (T-9); participation minutes feed the hours ledger. */
    @Transactional
    @MagBegeleidingVastleggen
    public Weergave legContactVast(UUID inburgeraarId, Contact invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.BEGELEIDING_VASTLEGGEN);
        Begeleiding b = bestaand(inburgeraarId);
        Contact c = new Contact(
                invoer.datum(),
                invoer.tolk(),
                leeg(invoer.tolktaal()),
                invoer.leefgebieden(),
                invoer.minuten(),
                invoer.participatie(),
                leeg(invoer.signaal()),
                gebruikers.huidige().gebruikersnaam());
        b.legContactVast(c, LocalDate.now(clock), instellingen.maximumMinuten(), clock.instant());
        return opgeslagen(d, b, c.signaal() == null ? "begeleiding.contact" : "begeleiding.signaal");
    }

    /** The consultant has seen the begeleider's signal: its deadline closes. */
    @Transactional
    @MagBegeleidingRegie
    public Weergave signaalGezien(UUID inburgeraarId) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.BEGELEIDING_REGIE);
        Begeleiding b = bestaand(inburgeraarId);
        b.signaalGezien(clock.instant());
        return opgeslagen(d, b, "begeleiding.signaalGezien");
    }

    /** T-9: the warm handover to the sociaal wijkteam; the same handover twice is recorded once. */
    @Transactional
    @MagBegeleidingVastleggen
    public Weergave draagOver(
            UUID inburgeraarId, LocalDate datum, String team, String samenvatting, boolean gezamenlijk) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.BEGELEIDING_VASTLEGGEN);
        Begeleiding b = bestaand(inburgeraarId);
        if (!b.draagOver(datum, team, samenvatting, gezamenlijk, LocalDate.now(clock), clock.instant())) {
            return weergave(d, b);
        }
        return opgeslagen(d, b, "begeleiding.overgedragen");
    }

    /** The handover document (T-9) as PDF; 404 until the handover is recorded. Audited as a read. */
    @Transactional
    @MagBegeleidingInzien
    public byte[] overdrachtsdocument(UUID inburgeraarId) {
        Weergave w = lees(inburgeraarId);
        if (w.overdrachtDatum() == null) {
            throw new NotFoundException(berichten.getMessage("fout.begeleiding.nietOvergedragen"));
        }
        Set<String> leefgebieden = new LinkedHashSet<>();
        w.contacten()
                .forEach(c -> c.leefgebieden()
                        .forEach(l -> leefgebieden.add(berichten.getMessage("begeleiding.leefgebied." + l.name()))));
        int minuten = w.contacten().stream().mapToInt(ContactWeergave::minuten).sum();
        return document.pdf(new Overdrachtsdocument.Overdracht(
                dossier(inburgeraarId, Recht.BEGELEIDING_INZIEN).gemeentecode(),
                w.naam(),
                w.geboortedatum(),
                w.partnerorganisatie(),
                w.startdatum(),
                w.einddatum(),
                w.overdrachtDatum(),
                w.overdrachtTeam(),
                w.overdrachtSamenvatting(),
                w.overdrachtGezamenlijk(),
                w.contacten().size(),
                uren(minuten).toPlainString().replace('.', ','),
                List.copyOf(leefgebieden)));
    }

    /**
     * T-11: the consultant records the nazorg contact (planned, held, outcome). Where DUO did not report the duty met,
     * the gemeente's own completion date starts it ({@code voldaanOp}, not in the future; only once the route runs).
     */
    @Transactional
    @MagBegeleidingRegie
    public Weergave legNazorgVast(UUID inburgeraarId, NazorgInvoer invoer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.BEGELEIDING_REGIE);
        LocalDate vandaag = LocalDate.now(clock);
        Instant nu = clock.instant();
        Nazorg n = nazorgen.vanDossier(inburgeraarId).orElse(null);
        if (n == null) {
            if (d.fase() != Fase.INBURGERING && d.fase() != Fase.AFGEROND) {
                throw new InvalidInputException("voldaanOp", "fout.nazorg.geenRoute", "T-11");
            }
            if (invoer.voldaanOp() == null || invoer.voldaanOp().isAfter(vandaag)) {
                throw new InvalidInputException("voldaanOp", "fout.nazorg.voldaanOpVerplicht", "T-11");
            }
            n = Nazorg.nieuw(inburgeraarId, d.gemeentecode(), invoer.voldaanOp(), Nazorg.Bron.GEMEENTE, nu);
        }
        n.legVast(invoer.geplandOp(), invoer.gehoudenOp(), invoer.uitkomst(), invoer.toelichting(), vandaag, nu);
        nazorgen.save(n);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(inburgeraarId, d.gemeentecode()),
                "nazorg.vastgelegd",
                Doelbinding.BEGELEIDING);
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(inburgeraarId)));
        return weergave(d, begeleidingen.vanDossier(inburgeraarId).orElse(null));
    }

    /** The partner organisations to choose from. */
    @Transactional(readOnly = true)
    @MagBegeleidingRegie
    public List<Partnerorganisatie> partnerorganisaties() {
        return partners.alle();
    }

    private Begeleiding bestaand(UUID inburgeraarId) {
        return begeleidingen
                .vanDossier(inburgeraarId)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.begeleiding.nietGevonden")));
    }

    private Weergave opgeslagen(Dossierfeiten d, Begeleiding b, String detail) {
        Begeleiding opgeslagen = begeleidingen.save(b);
        auditLog.registreer(
                AuditActie.GEWIJZIGD,
                new AuditLog.Betrokkene(b.inburgeraarId(), b.gemeentecode()),
                detail,
                Doelbinding.BEGELEIDING);
        // T-9: the handover's and the signal's deadlines follow the begeleiding; after a begeleider's change as system
        // work once committed (TermijnenNaPartnerwerk), for staff of the gemeente in this transaction.
        if (gebruikers.huidige().werktVoor(b.gemeentecode())) {
            events.publishEvent(new TermijnfeitenGewijzigd(List.of(b.inburgeraarId())));
        } else {
            events.publishEvent(new TermijnenNaPartnerwerk.DoorPartnerGewijzigd(List.of(b.inburgeraarId())));
        }
        return weergave(d, opgeslagen);
    }

    private Dossierfeiten dossier(UUID inburgeraarId, Recht recht) {
        toegang.eis(recht, inburgeraarId);
        return dossiers.van(List.of(inburgeraarId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.dossier.nietGevonden")));
    }

    private Weergave weergave(Dossierfeiten d, Begeleiding b) {
        NazorgWeergave nazorg = toegang.mag(Recht.BEGELEIDING_REGIE, d.id())
                ? nazorgen.vanDossier(d.id())
                        .map(n -> new NazorgWeergave(
                                n.voldaanOp(),
                                n.bron(),
                                n.uiterlijk(instellingen.nazorgMaanden()),
                                n.geplandOp(),
                                n.gehoudenOp(),
                                n.uitkomst(),
                                n.toelichting()))
                        .orElse(null)
                : null;
        String naam = dossiers.namen(List.of(d.id())).get(d.id());
        if (b == null) {
            return new Weergave(
                    d.id(),
                    naam,
                    d.geboortedatum(),
                    d.datumHuisvesting(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    BigDecimal.ZERO,
                    List.of(),
                    nazorg);
        }
        List<ContactWeergave> contacten = b.contacten().stream()
                .map(c -> new ContactWeergave(
                        c.datum(),
                        c.tolk(),
                        c.tolktaal(),
                        c.leefgebiedenLijst(),
                        c.minuten(),
                        c.participatie(),
                        c.signaal()))
                .toList();
        int participatie = b.contacten().stream()
                .filter(Contact::participatie)
                .mapToInt(Contact::minuten)
                .sum();
        return new Weergave(
                d.id(),
                naam,
                d.geboortedatum(),
                d.datumHuisvesting(),
                b.partnerId(),
                partners.findById(b.partnerId()).map(Partnerorganisatie::naam).orElse(null),
                b.startdatum(),
                b.einddatum(),
                b.signaalSinds(),
                b.overdrachtDatum(),
                b.overdrachtTeam(),
                b.overdrachtSamenvatting(),
                b.overdrachtGezamenlijk(),
                uren(participatie),
                contacten,
                nazorg);
    }

    /** Minutes as hours with two decimals (90 minutes: 1.50). */
    static BigDecimal uren(int minuten) {
        return BigDecimal.valueOf(minuten).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
