package netlab.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void nearestRankOnAHundredSamples() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i;
        }
        Latencies l = Latencies.of(samples, 100);
        assertThat(l).isEqualTo(new Latencies(100, 50, 99, 100));
    }

    @Test
    void oneSampleIsEveryPercentile() {
        assertThat(Latencies.of(new long[] {7, 0}, 1)).isEqualTo(new Latencies(1, 7, 7, 7));
    }

    @Test
    void noSamplesIsNone() {
        assertThat(Latencies.of(new long[0], 0)).isEqualTo(Latencies.NONE);
    }
}
