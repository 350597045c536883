package dev.custos.logging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/** A named logger that hands enabled events to {@link JsonLogs}; key-value pairs of the fluent API become context. */
final class JsonLogger extends LegacyAbstractLogger implements LoggingEventAware {
    JsonLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return JsonLogs.enabled(name, Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return JsonLogs.enabled(name, Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return JsonLogs.enabled(name, Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return JsonLogs.enabled(name, Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return JsonLogs.enabled(name, Level.ERROR);
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
        JsonLogs.write(name, level, MessageFormatter.basicArrayFormat(messagePattern, arguments), Map.of(), throwable);
    }

    @Override
    public void log(LoggingEvent event) {
        if (!JsonLogs.enabled(name, event.getLevel())) {
            return;
        }
        Map<String, String> context = new LinkedHashMap<>();
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                context.put(pair.key, String.valueOf(pair.value));
            }
        }
        Object[] arguments = event.getArgumentArray();
        Throwable throwable = event.getThrowable();
        if (throwable == null
                && arguments != null
                && arguments.length > 0
                && arguments[arguments.length - 1] instanceof Throwable last) {
            throwable = last;
        }
        JsonLogs.write(
                name,
                event.getLevel(),
                MessageFormatter.basicArrayFormat(event.getMessage(), arguments),
                context,
                throwable);
    }
}
