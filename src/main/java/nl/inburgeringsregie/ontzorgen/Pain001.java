package nl.inburgeringsregie.ontzorgen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Writes a payment batch as an ISO 20022 customer credit transfer initiation, {@code pain.001.001.03} (the SEPA
 * credit transfer version Dutch banks and the BNG accept): one group header, one payment information block (the
 * gemeente's account, execution date), one transaction per payment. Deterministic: the same batch and payments give the
 * same bytes (the creation time is the batch's, the order is the payments' order), so making a batch twice gives the
 * same file. Every file is validated against ISO's schema {@code pain.001.001.03.xsd} (from hbci4j's jar, ADR 0032)
 * before it leaves: a file the schema refuses is never handed out.
 */
final class Pain001 {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    record Betaling(UUID id, String ontvanger, String iban, String omschrijving, BigDecimal bedrag) {}

    /** ISO's schema, read once; a {@link Schema} is thread-safe, its validators are not. */
    private static final Schema SCHEMA = schema();

    private Pain001() {}

    private static Schema schema() {
        URL xsd = Pain001.class.getResource("/pain.001.001.03.xsd");
        if (xsd == null) {
            throw new IllegalStateException("pain.001.001.03.xsd is not on the classpath (hbci4j-core)");
        }
        try {
            SchemaFactory fabriek = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            fabriek.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabriek.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return fabriek.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("pain.001.001.03.xsd could not be read", e);
        }
    }

    /** Validates a file against ISO's schema; the schema's first complaint when it does not conform. */
    static Optional<String> schemafout(byte[] bestand) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(bestand)));
            return Optional.empty();
        } catch (SAXException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] schrijf(
            UUID batchId,
            Instant aangemaakt,
            String gemeente,
            String rekening,
            LocalDate uitvoerdatum,
            List<Betaling> betalingen) {
        BigDecimal totaal = betalingen.stream().map(Betaling::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(uit, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Document");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeStartElement("CstmrCdtTrfInitn");
            w.writeStartElement("GrpHdr");
            element(w, "MsgId", id(batchId));
            element(
                    w,
                    "CreDtTm",
                    TIJD.format(aangemaakt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
            element(w, "NbOfTxs", Integer.toString(betalingen.size()));
            element(w, "CtrlSum", totaal.setScale(2).toPlainString());
            w.writeStartElement("InitgPty");
            element(w, "Nm", tekst(gemeente, 70));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("PmtInf");
            element(w, "PmtInfId", id(batchId));
            element(w, "PmtMtd", "TRF");
            element(w, "NbOfTxs", Integer.toString(betalingen.size()));
            element(w, "CtrlSum", totaal.setScale(2).toPlainString());
            w.writeStartElement("PmtTpInf");
            w.writeStartElement("SvcLvl");
            element(w, "Cd", "SEPA");
            w.writeEndElement();
            w.writeEndElement();
            element(w, "ReqdExctnDt", uitvoerdatum.toString());
            w.writeStartElement("Dbtr");
            element(w, "Nm", tekst(gemeente, 70));
            w.writeEndElement();
            w.writeStartElement("DbtrAcct");
            w.writeStartElement("Id");
            element(w, "IBAN", rekening);
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("DbtrAgt");
            w.writeStartElement("FinInstnId");
            w.writeStartElement("Othr");
            element(w, "Id", "NOTPROVIDED");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            element(w, "ChrgBr", "SLEV");
            for (Betaling b : betalingen) {
                w.writeStartElement("CdtTrfTxInf");
                w.writeStartElement("PmtId");
                element(w, "EndToEndId", id(b.id()));
                w.writeEndElement();
                w.writeStartElement("Amt");
                w.writeStartElement("InstdAmt");
                w.writeAttribute("Ccy", "EUR");
                w.writeCharacters(b.bedrag().setScale(2).toPlainString());
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("Cdtr");
                element(w, "Nm", tekst(b.ontvanger(), 70));
                w.writeEndElement();
                w.writeStartElement("CdtrAcct");
                w.writeStartElement("Id");
                element(w, "IBAN", b.iban());
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("RmtInf");
                element(w, "Ustrd", tekst(b.omschrijving(), 140));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.001 could not be written", e);
        }
        byte[] bestand = uit.toByteArray();
        schemafout(bestand).ifPresent(fout -> {
            throw new IllegalStateException("pain.001 refused by its schema: " + fout);
        });
        return bestand;
    }

    /** A message or transaction id: at most 35 characters (Max35Text), so the uuid without dashes. */
    private static String id(UUID id) {
        return id.toString().replace("-", "");
    }

    private static String tekst(String tekst, int max) {
        String schoon = tekst.strip();
        return schoon.length() > max ? schoon.substring(0, max) : schoon;
    }

    private static void element(XMLStreamWriter w, String naam, String waarde) throws XMLStreamException {
        w.writeStartElement(naam);
        w.writeCharacters(waarde);
        w.writeEndElement();
    }
}
