package nl.vocampus.lekwacht.teams;

import nl.vocampus.lekwacht.audit.AuditTrail;
import nl.vocampus.lekwacht.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.School;
import nl.vocampus.lekwacht.school.SchoolService;
import nl.vocampus.lekwacht.secrets.SecretBox;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.teams.TeamsChannelDtos.TeamsChannelResponse;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Sets, removes and reads back a school's Teams channel, and opens its URL for a post. */
@ApplicationScoped
public class TeamsChannels {

    static final int MAX_URL_LENGTH = 2000;

    private final SchoolService schools;
    private final SecretBox box;
    private final Clock clock;
    private final LekwachtConfig.Teams config;

    private final AuditTrail audit;

    TeamsChannels(SchoolService schools, SecretBox box, Clock clock, LekwachtConfig config, AuditTrail audit) {
        this.audit = audit;
        this.schools = schools;
        this.box = box;
        this.clock = clock;
        this.config = config.teams();
    }

    /** Validates the URL (400 naming {@code url}, never quoting it), then seals and stores it (409 without a key). */
    @Transactional
    public TeamsChannelResponse set(String code, String url, CurrentUser user) {
        if (url != null && url.length() > MAX_URL_LENGTH) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("url", ErrorCode.TOO_LONG, "must be at most " + MAX_URL_LENGTH + " characters")));
        }
        WebhookUrl.Parsed parsed = WebhookUrl.parse(url, config.allowLoopbackHttp());
        WebhookUrl webhook = parsed.url().orElseThrow(() -> ProblemException.invalid(
                List.of(new Problem.FieldError("url", ErrorCode.NOT_A_WEBHOOK, parsed.error()))));
        School school = schools.require(code);
        if (!box.available()) {
            throw ProblemException.conflict("No secrets key is configured: set lekwacht.secrets.key (LEKWACHT_SECRETS_KEY, base64 of 32 "
                    + "random bytes) so the channel URL can be stored encrypted, then set the channel again");
        }
        TeamsChannel channel = TeamsChannel.findById(school.id);
        if (channel == null) {
            channel = new TeamsChannel();
            channel.schoolId = school.id;
        }
        channel.sealed = box.seal(webhook.reveal().getBytes(StandardCharsets.UTF_8), TeamsChannel.sealContext(school.id));
        channel.hint = webhook.host() + " " + webhook.lastCharacters();
        channel.setAt = clock.instant();
        channel.setBy = user.name();
        channel.persist();
        audit.record(AuditAction.TEAMS_CHANNEL, null, school.code);
        return view(channel);
    }

    @Transactional
    public TeamsChannelResponse get(String code) {
        School school = schools.require(code);
        TeamsChannel channel = TeamsChannel.findById(school.id);
        if (channel == null) {
            throw ProblemException.notFound("A Teams channel of school " + school.code);
        }
        return view(channel);
    }

    /** Posts not yet sent are cancelled when their time comes (see the sweep); removing twice is no error. */
    @Transactional
    public void remove(String code) {
        School school = schools.require(code);
        TeamsChannel.deleteById(school.id);
        audit.record(AuditAction.TEAMS_CHANNEL, null, school.code);
    }

    /** The school's channel URL, opened; empty when it has none. Call inside a transaction. */
    public Optional<Channel> channelOf(Long schoolId) {
        TeamsChannel channel = TeamsChannel.findById(schoolId);
        if (channel == null) {
            return Optional.empty();
        }
        String url = new String(box.open(channel.sealed, TeamsChannel.sealContext(schoolId)), StandardCharsets.UTF_8);
        WebhookUrl webhook = WebhookUrl.parse(url, config.allowLoopbackHttp()).url()
                .orElseThrow(() -> new IllegalStateException("a stored Teams channel URL no longer validates"));
        return Optional.of(new Channel(webhook, label(channel)));
    }

    /** A channel to post to, and how it is named where the URL must not appear. */
    public record Channel(WebhookUrl url, String label) {
    }

    private static String label(TeamsChannel channel) {
        String[] parts = channel.hint.split(" ", 2);
        return "Teams-kanaal " + parts[0] + " …" + (parts.length > 1 ? parts[1] : "");
    }

    private static TeamsChannelResponse view(TeamsChannel channel) {
        String[] parts = channel.hint.split(" ", 2);
        return new TeamsChannelResponse(parts[0], parts.length > 1 ? parts[1] : "", channel.setAt, channel.setBy);
    }
}
