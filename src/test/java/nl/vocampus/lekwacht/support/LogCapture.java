package nl.vocampus.lekwacht.support;

import org.jboss.logmanager.ExtLogRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every log line of every logger (all levels, with parameters and stack traces) while it is attached. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** The lines that contain {@code text}. */
    public List<String> containing(String text) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.contains(text)).toList();
        }
    }

    public int size() {
        return lines.size();
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
        if (record instanceof ExtLogRecord ext) {
            line.append(' ').append(ext.getFormattedMessage());
        }
        if (record.getParameters() != null) {
            for (Object p : record.getParameters()) {
                line.append(' ').append(p);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append("\n  ").append(t);
            for (StackTraceElement element : t.getStackTrace()) {
                line.append("\n    at ").append(element);
            }
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
