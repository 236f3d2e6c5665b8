package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.common.TimeLeft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard's script ticks the countdowns between polls; it must tell the same time and band as the
 * server's {@link TimeLeft}, or an item jumps between bands every second. Runs js/time-left.js in Node.js
 * (skipped where Node.js is not installed; the browser tests cover the script in a real browser).
 */
class TimeLeftScriptTest {

    private static final long HOUR = 3600;
    private static final List<Long> SECONDS = LongStream.of(-(2 * HOUR + 5 * 60 + 59), -HOUR - 1, -HOUR, -61, -60, -59, -1, 0,
            1, 59, 60, 61, HOUR - 1, HOUR, 12 * HOUR - 1, 12 * HOUR, 12 * HOUR + 1, 13 * HOUR + 20 * 60 + 59, 24 * HOUR - 1,
            24 * HOUR, 24 * HOUR + 1, 72 * HOUR).boxed().toList();

    private static Path dir;

    @BeforeAll
    static void nodeIsThere() throws IOException {
        assumeTrue(runs("node", "--version"), "Node.js is not installed");
        dir = Files.createTempDirectory("time-left");
        try (InputStream in = TimeLeftScriptTest.class.getClassLoader().getResourceAsStream("META-INF/resources/js/time-left.js")) {
            Files.write(dir.resolve("time-left.js"), in.readAllBytes());
        }
    }

    @Test
    void theScriptBandsAndTruncatesLikeTheServer() throws Exception {
        String expected = SECONDS.stream().map(s -> {
            TimeLeft left = new TimeLeft(s);
            return s + " " + left.band().cssName() + " " + left.overdue() + " " + left.hoursPart() + " " + left.minutesPart();
        }).collect(Collectors.joining("\n"));
        assertEquals(expected, node("""
                const r = require('./time-left.js').LekwachtTimeLeft;
                console.log([%s].map(s => { const p = r.parts(s); return [s, r.band(s), p.overdue, p.hours, p.minutes].join(' '); }).join('\\n'));
                """.formatted(SECONDS.stream().map(String::valueOf).collect(Collectors.joining(",")))));
    }

    @Test
    void theScriptCountsWholeSecondsRoundedDownLikeTheServer() throws Exception {
        // deadline 10 000 ms; now 9 500 ms is half a second left: 0 s, overdue; now 10 500 ms is -1 s
        assertEquals("0 -1 59", node("""
                const r = require('./time-left.js').LekwachtTimeLeft;
                console.log([r.secondsLeft(10000, 9500), r.secondsLeft(10000, 10500), r.secondsLeft(60000, 500)].join(' '));
                """));
        assertEquals(0, TimeLeft.between(Instant.ofEpochMilli(9500), Instant.ofEpochMilli(10000)).seconds());
        assertEquals(-1, TimeLeft.between(Instant.ofEpochMilli(10500), Instant.ofEpochMilli(10000)).seconds());
    }

    private static String node(String script) throws Exception {
        Path file = Files.writeString(dir.resolve("run.js"), script);
        Process process = new ProcessBuilder("node", file.getFileName().toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "node finished");
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
