package nl.vocampus.lekwacht.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.common.TimeLeft;
import nl.vocampus.lekwacht.escalation.StepKind;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.security.Access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPOutputStream;

/**
 * The deadline dashboard's list and its strong ETag.
 *
 * <h2>Why the ETag can be strong</h2>
 * The ETag is {@code "<version>-<asOf>"} ({@code "<version>-<asOf>-gzip"} for the gzip coding):
 * <ul>
 *     <li>{@code version} is the one-row {@code change_version} counter, raised by PostgreSQL triggers
 *     in the same commit as any change to incidents, escalation steps, decisions, assessments, filings,
 *     informing or schools (V6). It lives in the database, so a change made on any instance of a
 *     cluster (or straight in SQL) changes every instance's ETag, and it becomes visible exactly when
 *     the change does.</li>
 *     <li>{@code asOf} is now truncated to {@code lekwacht.deadlines.bucket} (10 s). remainingSeconds and
 *     overdue are computed against asOf, not against the exact now, and asOf is in the body.</li>
 * </ul>
 * So the bytes are a function of (version, asOf): the same pair gives the same bytes, and a strong
 * ETag does not lie even though remainingSeconds changes with time.
 *
 * <h2>Why it is cheap</h2>
 * A conditional request costs one primary-key read of the counter and no list at all. The list is
 * one SQL statement (lateral joins for the next step and the failed count, no entity loading) that
 * also reads the counter, so list and version come from the same snapshot. The rendered bytes of the
 * latest (version, asOf) are kept, plain and gzipped, so unconditional polls within a bucket do not
 * rebuild or recompress either.
 *
 * <h2>Need to know</h2>
 * Each person gets the open incidents of their own scope ({@link Access}), filtered in the statement itself.
 * The rendered lists are kept per scope; the ETag carries a digest of the scope, so a person whose scope
 * changed (a deputy whose colleague's absence began) never gets a 304 for the list they saw before.
 */
@ApplicationScoped
public class DeadlineBoard {

    static final String LIST = """
            select cv.version, d.*
            from change_version cv
            left join lateral (
                select i.id, i.reference, i.status, i.kind, s.code as school, i.summary, i.deadline,
                       n.step as next_step, n.kind as next_kind, n.due_at as next_due, n.attempts as next_attempts,
                       n.next_attempt_at as next_retry,
                       (select count(*) from escalation_step f where f.incident_id = i.id and f.status = 'FAILED') as failed,
                       (select count(*) from escalation_step r where r.incident_id = i.id and r.status = 'PENDING' and r.attempts > 0) as retrying
                from incident i
                join school s on s.id = i.school_id
                left join lateral (
                    select e.step, e.kind, e.due_at, e.attempts, e.next_attempt_at from escalation_step e
                    where e.incident_id = i.id and e.status = 'PENDING'
                    order by e.due_at, e.id limit 1) n on true
                where i.status in ('REPORTED', 'ASSESSING') and """ + Access.sqlCondition("i") + """
            ) d on true
            order by d.deadline, d.reference""";
    /** Lists kept per scope for the latest (version, asOf); a dashboard polls every few seconds, per person. */
    private static final int CACHED_SCOPES = 256;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final AmsterdamTime time;
    private final long bucketSeconds;
    private final ReentrantLock building = new ReentrantLock();
    private final Map<String, Rendered> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CACHED_SCOPES;
        }
    };

    DeadlineBoard(AgroalDataSource dataSource, ObjectMapper json, AmsterdamTime time, LekwachtConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.time = time;
        this.bucketSeconds = Math.max(1, config.deadlines().bucket().toSeconds());
    }

    /**
     * A rendered list: its body, the same gzipped, and the (version, asOf) it was built for. The gzip
     * copy is made once per build: the list of a large school is megabytes of JSON, and dashboards
     * (browsers) accept gzip, so sending a tenth of the bytes is what keeps a full poll fast.
     */
    public record Rendered(long version, Instant asOf, String scope, byte[] body, byte[] gzipped) {

        public String etag(boolean gzip) {
            return DeadlineBoard.etag(version, asOf, scope, gzip);
        }
    }

    /** now truncated to the bucket. */
    public Instant asOf(Instant now) {
        long seconds = now.getEpochSecond();
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, bucketSeconds));
    }

    /**
     * Strong, so each content coding has its own: the gzip representation's ETag ends in -gzip. {@code scope} is a
     * short digest of the reader's {@link Access#scopeKey()}.
     */
    public static String etag(long version, Instant asOf, String scope, boolean gzip) {
        return "\"" + version + "-" + asOf.getEpochSecond() + "-" + scope + (gzip ? "-gzip" : "") + "\"";
    }

    /** A short digest of a scope for the ETag: which scope it is does not show, only that it changed. */
    public static String scopeDigest(Access access) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(access.scopeKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed counter; one primary-key read. */
    public long version() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select version from change_version");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read change_version", e);
        }
    }

    /**
     * The list as of {@code asOf}, at least as new as {@code version}. Built at most once per (version,
     * asOf) on this instance; concurrent requests for the same pair wait for the one build.
     */
    public Rendered rendered(long version, Instant asOf, Access access) {
        String scope = scopeDigest(access);
        building.lock();
        try {
            Rendered cached = last.get(access.scopeKey());
            if (fresh(cached, version, asOf)) {
                return cached;
            }
            Rendered built = build(asOf, access, scope);
            if (cached == null || !built.asOf.equals(cached.asOf) || built.version >= cached.version) {
                last.put(access.scopeKey(), built);
            }
            return built;
        } finally {
            building.unlock();
        }
    }

    private static boolean fresh(Rendered r, long version, Instant asOf) {
        return r != null && r.asOf.equals(asOf) && r.version >= version;
    }

    private Rendered build(Instant asOf, Access access, String scope) {
        long version = 0;
        List<DeadlineItem> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(LIST)) {
            s.setString(1, access.subject());
            s.setArray(2, c.createArrayOf("bigint", access.readSchools().toArray()));
            s.setArray(3, c.createArrayOf("bigint", access.managerIds().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    version = rs.getLong("version");
                    UUID id = rs.getObject("id", UUID.class);
                    if (id != null) {
                        items.add(item(rs, id, asOf));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the open incidents", e);
        }
        try {
            byte[] body = json.writeValueAsBytes(new DeadlinesResponse(asOf, items.size(), items));
            return new Rendered(version, asOf, scope, body, gzip(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private DeadlineItem item(ResultSet rs, UUID id, Instant asOf) throws SQLException {
        Instant deadline = instant(rs, "deadline");
        String nextStep = rs.getString("next_step");
        DeadlineItem.NextStep next = nextStep == null ? null
                : new DeadlineItem.NextStep(nextStep, StepKind.valueOf(rs.getString("next_kind")), instant(rs, "next_due"),
                rs.getInt("next_attempts"), instant(rs, "next_retry"));
        TimeLeft left = TimeLeft.between(asOf, deadline);
        return new DeadlineItem(id, rs.getString("reference"), IncidentStatus.valueOf(rs.getString("status")),
                IncidentKind.valueOf(rs.getString("kind")), rs.getString("school"), rs.getString("summary"), deadline,
                time.isoLocal(deadline), left.seconds(), left.overdue(), next,
                rs.getInt("failed"), rs.getInt("retrying"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
