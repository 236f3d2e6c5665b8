package nl.vocampus.lekwacht.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "lekwacht")
public interface LekwachtConfig {

    /** The zone in which times are shown to people; instants are stored in UTC. */
    ZoneId zone();

    /** How far a client clock may run ahead before a moment counts as "in the future". */
    Duration clockSkew();

    /** Base URL of the web pages, for links in e-mail. */
    String baseUrl();

    Demo demo();

    EmbeddedDb embeddedDb();

    Escalation escalation();

    Mail mail();

    Digest digest();

    Deadlines deadlines();

    Secrets secrets();

    Teams teams();

    Backup backup();

    Retention retention();

    /** The nightly logical backup of the embedded default (see the backup package). */
    interface Backup {
        /** Where the backups go; unset: a directory "backups" beside the embedded data directory. */
        Optional<String> directory();

        /** Backups older than this many days are deleted by the nightly run. */
        int keepDays();

        /** Quartz cron of the nightly backup, in the zone of {@code lekwacht.zone}. */
        String cron();

        /** How long the backup waits for a table lock (a long migration, say) before it gives up and logs. */
        Duration lockTimeout();
    }

    /** How long closed incidents keep their personal data (see the retention package). */
    interface Retention {
        /** After closing, a closed incident's free texts and identities are replaced (default five years). */
        java.time.Period pseudonymiseAfter();

        /** After closing, an incident closed as "no breach" after assessment is deleted (default one year). */
        java.time.Period deleteNoBreachAfter();

        /** Quartz cron of the daily retention run, in the zone of {@code lekwacht.zone}. */
        String cron();

        /** Incidents handled in one transaction. */
        int batchSize();
    }

    interface Secrets {
        /**
         * Base64 of 32 random bytes: the AES-256 key that seals stored secrets (a school's Teams channel URL), so a
         * database dump alone does not reveal them. Unset: the embedded default keeps a random key in a file beside
         * its data; elsewhere secrets cannot be stored until this is configured.
         */
        Optional<String> key();
    }

    interface Teams {
        /** How long a Teams post may take to connect; with the read timeout below {@code lekwacht.escalation.lease}. */
        Duration connectTimeout();

        /** How long Workflows may take to answer a post before the attempt counts as failed and is retried. */
        Duration readTimeout();

        /**
         * Allows plain http to localhost for a channel URL, for the tests' local Workflows stand-in. Never in production:
         * the URL carries its own signature and must only travel encrypted.
         */
        @WithDefault("false")
        boolean allowLoopbackHttp();
    }

    interface Deadlines {
        /**
         * GET /api/deadlines computes remainingSeconds against "now" truncated to this bucket, so that
         * within one bucket and without changes the answer (and its strong ETag) stays byte-identical.
         */
        @WithDefault("10s")
        Duration bucket();
    }

    interface Digest {
        /** Quartz cron of the privacy officers' daily digest, in the zone of {@code lekwacht.zone}. */
        String cron();
    }

    interface Escalation {
        /** How often the sweep looks for due steps. */
        Duration sweepInterval();

        /** Most incidents claimed by one sweep round. */
        int batchSize();

        /** How long a claimed step is kept from other instances while it is being sent. */
        Duration lease();

        /** Attempts before a step is FAILED. */
        int maxAttempts();

        /** First retry delay; doubled on every further attempt up to retryMax. */
        Duration retryBase();

        Duration retryMax();

        /** Incidents handled at once within a sweep (parallel SMTP connections). */
        int senders();
    }

    interface Mail {
        /** Domain part of the deterministic Message-IDs. */
        String messageIdDomain();

        /** Domain appended to a user name that is not an e-mail address (demo users, basic auth). */
        String userDomain();

        /**
         * How long one message may take to be accepted by the SMTP relay before the attempt counts as failed
         * and is retried; shorter than the escalation lease.
         */
        Duration sendTimeout();

        /** How long the mail health check waits for the relay to connect and answer each step. */
        Duration healthTimeout();
    }

    interface Demo {
        /** Demo users with the password "demo"; only for the embedded default or explicit opt-in. */
        @WithDefault("false")
        boolean enabled();

        /** How many delivered messages the demo inbox keeps (the newest); older ones are dropped. */
        @WithDefault("1000")
        int inboxSize();
    }

    /** Read by {@code EmbeddedDatabaseSwitch} while Quarkus builds its configuration; declared here so the names are known and documented. */
    interface EmbeddedDb {
        /** Set by {@code EmbeddedDatabaseSwitch} when it started the embedded PostgreSQL. */
        @WithDefault("false")
        boolean active();

        /** Where the embedded PostgreSQL keeps its data between restarts. */
        @WithDefault("data")
        String dataDir();

        /** 0 picks a free port. */
        @WithDefault("0")
        int port();
    }
}
