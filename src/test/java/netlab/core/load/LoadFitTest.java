package netlab.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadFitTest {
    @Test
    void descriptorsStopItAtHalfWhatIsLeft() {
        LoadFit.Answer a = new LoadFit(20_000, 36, 32768, 60999, 90_000).largest(false);
        assertThat(a.clients()).isEqualTo((20_000 - 36 - LoadFit.SPARE_DESCRIPTORS) / 2);
        assertThat(a.limit()).isEqualTo(LoadFit.Limit.DESCRIPTORS);
        assertThat(a.why()).contains("20,000 per process").contains("each connection costs 2");
    }

    @Test
    void theEphemeralPortRangeStopsItWhenDescriptorsArePlenty() {
        LoadFit.Answer a = new LoadFit(1_000_000, 10, 32768, 60999, -1).largest(false);
        assertThat(a.clients()).isEqualTo(60999 - 32768 + 1 - LoadFit.SPARE_PORTS);
        assertThat(a.limit()).isEqualTo(LoadFit.Limit.EPHEMERAL_PORTS);
        assertThat(a.why()).contains("32768–60999");
    }

    @Test
    void threadsCountOnlyForAThreadPerConnection() {
        LoadFit fit = new LoadFit(1_000_000, 10, 32768, 60999, 1_256);
        assertThat(fit.largest(true)).extracting(LoadFit.Answer::clients, LoadFit.Answer::limit)
                .containsExactly(1_000, LoadFit.Limit.THREADS);
        assertThat(fit.largest(false).limit()).isEqualTo(LoadFit.Limit.EPHEMERAL_PORTS);
    }

    @Test
    void unknownLimitsDoNotApply() {
        assertThat(new LoadFit(-1, 0, 1024, 65535, -1).largest(true).limit()).isEqualTo(LoadFit.Limit.EPHEMERAL_PORTS);
    }
}
