package nl.inburgeringsregie.infrastructure.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * The logging guard (issue 14): whatever a log statement, a library or an exception carries, no BSN reaches an
 * appender. Right after Spring Boot configured Logback (console, file, structured JSON alike), every appender is wrapped
 * in one that hands its appender a copy of each event with every BSN masked ({@link BsnMasker}): the message, its
 * arguments, MDC and key-value pairs, and the message of the exception, its causes and suppressed ones. The layout then
 * formats the masked copy, so the guard holds for any pattern or structured format.
 *
 * <p>Registered in META-INF/spring.factories; runs after {@link LoggingApplicationListener} on every (re)initialisation
 * of logging. One limit: Spring Boot's structured logging with a custom stack trace printer
 * ({@code logging.structured.json.stacktrace.*}) needs Logback's own ThrowableProxy and must not be configured.
 */
public class BsnLogbewaking implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        installeer();
    }

    /** Wraps every appender of the Logback context (once; appenders added later are not covered). */
    public static void installeer() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (Logger logger : context.getLoggerList()) {
            List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                appenders.add(it.next());
            }
            for (Appender<ILoggingEvent> appender : appenders) {
                if (appender instanceof MaskerendeAppender) {
                    continue;
                }
                MaskerendeAppender bewaakt = new MaskerendeAppender(appender);
                bewaakt.setContext(context);
                bewaakt.start();
                logger.addAppender(bewaakt);
                logger.detachAppender(appender);
            }
        }
    }

    /** Hands its appender a masked copy of every event. */
    static final class MaskerendeAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private final Appender<ILoggingEvent> appender;

        MaskerendeAppender(Appender<ILoggingEvent> appender) {
            this.appender = appender;
            setName(appender.getName());
        }

        @Override
        protected void append(ILoggingEvent event) {
            appender.doAppend(new GemaskeerdeGebeurtenis(event));
        }

        @Override
        public void stop() {
            appender.stop();
            super.stop();
        }
    }

    /** A log event with every BSN masked; everything else as the original. */
    static final class GemaskeerdeGebeurtenis implements ILoggingEvent {
        private final ILoggingEvent e;
        private String bericht;

        GemaskeerdeGebeurtenis(ILoggingEvent e) {
            this.e = e;
        }

        @Override
        public String getFormattedMessage() {
            if (bericht == null) {
                bericht = BsnMasker.maskeer(e.getFormattedMessage());
            }
            return bericht;
        }

        @Override
        public String getMessage() {
            return BsnMasker.maskeer(e.getMessage());
        }

        @Override
        public Object[] getArgumentArray() {
            Object[] argumenten = e.getArgumentArray();
            if (argumenten == null) {
                return null;
            }
            Object[] uit = argumenten.clone();
            for (int i = 0; i < uit.length; i++) {
                if (uit[i] != null && BsnMasker.bevatBsn(String.valueOf(uit[i]))) {
                    uit[i] = BsnMasker.maskeer(String.valueOf(uit[i]));
                }
            }
            return uit;
        }

        @Override
        public IThrowableProxy getThrowableProxy() {
            return GemaskeerdeFout.van(e.getThrowableProxy());
        }

        @Override
        public Map<String, String> getMDCPropertyMap() {
            return gemaskeerd(e.getMDCPropertyMap());
        }

        @Override
        @SuppressWarnings("deprecation")
        public Map<String, String> getMdc() {
            return gemaskeerd(e.getMdc());
        }

        @Override
        public List<KeyValuePair> getKeyValuePairs() {
            List<KeyValuePair> paren = e.getKeyValuePairs();
            if (paren == null) {
                return null;
            }
            return paren.stream()
                    .map(p -> p.value != null && BsnMasker.bevatBsn(String.valueOf(p.value))
                            ? new KeyValuePair(p.key, BsnMasker.maskeer(String.valueOf(p.value)))
                            : p)
                    .toList();
        }

        private static Map<String, String> gemaskeerd(Map<String, String> map) {
            if (map == null || map.values().stream().noneMatch(BsnMasker::bevatBsn)) {
                return map;
            }
            Map<String, String> uit = new LinkedHashMap<>();
            map.forEach((k, v) -> uit.put(k, BsnMasker.maskeer(v)));
            return uit;
        }

        @Override
        public String getThreadName() {
            return e.getThreadName();
        }

        @Override
        public ch.qos.logback.classic.Level getLevel() {
            return e.getLevel();
        }

        @Override
        public String getLoggerName() {
            return e.getLoggerName();
        }

        @Override
        public LoggerContextVO getLoggerContextVO() {
            return e.getLoggerContextVO();
        }

        @Override
        public StackTraceElement[] getCallerData() {
            return e.getCallerData();
        }

        @Override
        public boolean hasCallerData() {
            return e.hasCallerData();
        }

        @Override
        public List<Marker> getMarkerList() {
            return e.getMarkerList();
        }

        @Override
        public long getTimeStamp() {
            return e.getTimeStamp();
        }

        @Override
        public int getNanoseconds() {
            return e.getNanoseconds();
        }

        @Override
        public Instant getInstant() {
            return e.getInstant();
        }

        @Override
        public long getSequenceNumber() {
            return e.getSequenceNumber();
        }

        @Override
        public void prepareForDeferredProcessing() {
            e.prepareForDeferredProcessing();
        }
    }

    /** An exception (and its causes and suppressed ones) with every BSN in its message masked. */
    static final class GemaskeerdeFout implements IThrowableProxy {
        private final IThrowableProxy p;

        private GemaskeerdeFout(IThrowableProxy p) {
            this.p = p;
        }

        static IThrowableProxy van(IThrowableProxy p) {
            return p == null || p instanceof GemaskeerdeFout ? p : new GemaskeerdeFout(p);
        }

        @Override
        public String getMessage() {
            return BsnMasker.maskeer(p.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return BsnMasker.maskeer(p.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return p.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return p.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return p.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return van(p.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] onderdrukt = p.getSuppressed();
            if (onderdrukt == null) {
                return null;
            }
            IThrowableProxy[] uit = new IThrowableProxy[onderdrukt.length];
            for (int i = 0; i < uit.length; i++) {
                uit[i] = van(onderdrukt[i]);
            }
            return uit;
        }

        @Override
        public boolean isCyclic() {
            return p.isCyclic();
        }
    }
}
