package nl.vocampus.lekwacht.problem;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;

/**
 * Logs a failure without any exception message: the messages of a failed statement can quote the row
 * (descriptions, names, e-mail addresses), and other messages may quote input. What is logged is a
 * reference, each exception's class and SQLState, and the stack trace of where it happened.
 */
public final class SafeLog {

    private SafeLog() {
    }

    /** Logs at ERROR and returns the reference, for the client or the page to quote. */
    public static String error(Logger log, String what, Throwable e) {
        String reference = UUID.randomUUID().toString();
        StringBuilder chain = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                chain.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        }
        log.errorf(withoutMessages(e, seen.size()), "%s [reference %s]: %s", what, reference, chain);
        return reference;
    }

    /** The same chain of classes and stack traces, with every message left out. */
    private static Throwable withoutMessages(Throwable e, int depth) {
        if (e == null || depth <= 0) {
            return null;
        }
        Throwable cause = withoutMessages(e.getCause() == e ? null : e.getCause(), depth - 1);
        Throwable copy = new Throwable(e.getClass().getName(), cause, false, true) {
            @Override
            public String toString() {
                return getMessage();
            }
        };
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
