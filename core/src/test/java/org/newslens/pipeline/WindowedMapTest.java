package org.newslens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WindowedMapTest {
    static final WindowedMap.Fallback<Integer, String> FALLBACK = new WindowedMap.Fallback<>() {
        @Override
        public String timedOut(Integer input, Duration limit) {
            return "timeout " + input;
        }

        @Override
        public String crashed(Integer input, Throwable error) {
            return "crash " + input + " " + error.getMessage();
        }
    };

    @Test
    void outputsComeInInputOrderWhateverEachInputTakes() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        List<String> out = new ArrayList<>();
        // Later inputs finish first: i % 7 decides the sleep, so order on completion is scrambled.
        try (WindowedMap<Integer, String> map = WindowedMap.start(inputs.iterator(), i -> {
            sleep((6 - i % 7) * 2L);
            return "v" + i;
        }, FALLBACK, 4, 16, Duration.ofSeconds(10))) {
            map.forEachRemaining(out::add);
        }
        assertEquals(inputs.stream().map(i -> "v" + i).toList(), out);
    }

    @Test
    void neverReadsMoreThanTheWindowAheadOfTheCaller() {
        AtomicInteger pulled = new AtomicInteger();
        Iterator<Integer> source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 500;
            }

            @Override
            public Integer next() {
                return pulled.getAndIncrement();
            }
        };
        int maxAhead = 0;
        int taken = 0;
        try (WindowedMap<Integer, String> map = WindowedMap.start(source, i -> "v" + i, FALLBACK, 2, 8,
                Duration.ofSeconds(10))) {
            while (map.hasNext()) {
                map.next();
                taken++;
                maxAhead = Math.max(maxAhead, pulled.get() - taken);
            }
        }
        assertEquals(500, taken);
        assertTrue(maxAhead <= 8, "read " + maxAhead + " inputs ahead with a window of 8");
    }

    @Test
    @Timeout(20)
    void aRunawayInputIsAnsweredAtItsLimitAndTheRunGoesOnAtFullStrength() throws InterruptedException {
        // Input 3 spins without ever looking at the clock or its interrupt flag: only the watchdog can end its turn.
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> out = new ArrayList<>();
        long t0 = System.nanoTime();
        WindowedMap<Integer, String> map = WindowedMap.start(IntStream.range(0, 40).boxed().iterator(), i -> {
            if (i == 3) {
                long spins = 0;
                while (!release.get()) {
                    spins++;
                }
                return "late " + spins;
            }
            sleep(5);
            return "v" + i;
        }, FALLBACK, 2, 4, Duration.ofMillis(300));
        map.forEachRemaining(out::add);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals("timeout 3", out.get(3));
        assertEquals("v39", out.get(39));
        assertEquals(40, out.size());
        assertEquals(1, map.timedOut());
        assertEquals(1, map.abandoned());
        // 39 inputs of 5 ms on two threads plus one 300 ms limit: well under 2 s unless a worker was lost.
        assertTrue(seconds < 2, "took " + seconds + " s");
        release.set(true);
        for (int i = 0; i < 100 && map.abandoned() > 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(0, map.abandoned(), "the abandoned thread ends once its input finishes");
        map.close();
    }

    @Test
    void aThrowingInputGetsTheCrashOutput() {
        List<String> out = new ArrayList<>();
        try (WindowedMap<Integer, String> map = WindowedMap.start(List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) {
                throw new IllegalStateException("boom");
            }
            return "v" + i;
        }, FALLBACK, 1, 1, Duration.ofSeconds(5))) {
            map.forEachRemaining(out::add);
        }
        assertEquals(List.of("v1", "crash 2 boom", "v3"), out);
    }

    @Test
    void misuseIsRefused() {
        Iterator<Integer> none = List.<Integer>of().iterator();
        assertThrows(IllegalArgumentException.class, () -> WindowedMap.start(none, i -> "", FALLBACK, 0, 4, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> WindowedMap.start(none, i -> "", FALLBACK, 4, 2, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> WindowedMap.start(none, i -> "", FALLBACK, 1, 1, Duration.ZERO));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
