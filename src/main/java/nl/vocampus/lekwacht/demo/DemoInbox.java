package nl.vocampus.lekwacht.demo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps what was delivered, in demo mode, so a person trying Lekwacht on a laptop without SMTP sees the escalations
 * happen. Every sender calls {@link #keep} after a successful delivery; outside demo mode it keeps nothing. Only the
 * newest {@code lekwacht.demo.inbox-size} messages are kept.
 */
@ApplicationScoped
public class DemoInbox {

    /** Who a Teams post is from, in the inbox's "from" column. */
    static final String TEAMS_SENDER = "Microsoft Teams";

    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final int size;
    private final String mailFrom;

    DemoInbox(AgroalDataSource dataSource, LekwachtConfig config, @ConfigProperty(name = "quarkus.mailer.from") String mailFrom) {
        this.dataSource = dataSource;
        this.enabled = config.demo().enabled();
        this.size = config.demo().inboxSize();
        this.mailFrom = mailFrom;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Keeps a delivered message (demo mode only), and drops the oldest beyond the inbox's size. */
    public void keep(SentMessage message) {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into demo_message (channel, sent_at, sender, recipients, subject, text_body, html_body, attachments)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, message.channel().name());
                insert.setTimestamp(2, Timestamp.from(message.sentAt()));
                insert.setString(3, message.channel() == SentMessage.Channel.TEAMS ? TEAMS_SENDER : mailFrom);
                insert.setArray(4, c.createArrayOf("varchar", message.to().stream().map(DemoInbox::address).toArray()));
                insert.setString(5, message.subject() == null ? "" : message.subject());
                insert.setString(6, message.text());
                insert.setString(7, message.html());
                insert.setArray(8, c.createArrayOf("varchar", message.attachments().toArray()));
                insert.executeUpdate();
            }
            try (PreparedStatement trim = c.prepareStatement(
                    "delete from demo_message where id <= (select id from demo_message order by id desc offset ? limit 1)")) {
                trim.setInt(1, size);
                trim.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep a message in the demo inbox (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /**
     * The messages to any of these mailboxes, newest first; every message when {@code all}. The list leaves the bodies out.
     */
    public List<DemoMessage> list(Collection<String> mailboxes, boolean all) {
        return query("select id, channel, sent_at, sender, recipients, subject, null, null, attachments from demo_message"
                + (all ? "" : " where recipients && ?") + " order by id desc", mailboxes, all, null);
    }

    /** One message with its bodies, if it is to one of these mailboxes (or {@code all}). */
    public Optional<DemoMessage> one(long id, Collection<String> mailboxes, boolean all) {
        return query("select id, channel, sent_at, sender, recipients, subject, text_body, html_body, attachments from demo_message"
                + " where id = ?" + (all ? "" : " and recipients && ?"), mailboxes, all, id).stream().findFirst();
    }

    private List<DemoMessage> query(String sql, Collection<String> mailboxes, boolean all, Long id) {
        List<DemoMessage> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            int parameter = 1;
            if (id != null) {
                q.setLong(parameter++, id);
            }
            if (!all) {
                q.setArray(parameter, c.createArrayOf("varchar", mailboxes.stream().map(DemoInbox::address).toArray()));
            }
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(new DemoMessage(rows.getLong(1), SentMessage.Channel.valueOf(rows.getString(2)), rows.getTimestamp(3).toInstant(),
                            rows.getString(4), strings(rows.getArray(5)), rows.getString(6), rows.getString(7), rows.getString(8),
                            strings(rows.getArray(9))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the demo inbox (SQLState " + e.getSQLState() + ")", e);
        }
        return found;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The bare address of "Name <address>", in lower case, as mailboxes are compared; a Teams channel's label as it is. */
    static String address(String recipient) {
        String r = recipient.strip();
        if (!r.contains("@")) {
            return r;
        }
        int open = r.lastIndexOf('<');
        int close = r.lastIndexOf('>');
        if (open >= 0 && close > open) {
            r = r.substring(open + 1, close);
        }
        return r.toLowerCase(Locale.ROOT);
    }
}
