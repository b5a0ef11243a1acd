package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdmissionAndNamesTest {
    @Test
    void uploadNamesCannotLeaveTheRequestFolder() {
        assertThat(Upload.displayName("C:\\Users\\王\\Desktop\\支部总结.docx")).isEqualTo("支部总结.docx");
        assertThat(Upload.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Upload.displayName("dir/")).isEqualTo("upload");
        assertThat(Upload.safeFileName("..总结 (终稿).docx")).isEqualTo("_总结__终稿_.docx");
        assertThat(Upload.safeFileName("x".repeat(200) + ".docx")).hasSize(80).endsWith(".docx");
    }

    @Test
    void slotsThenQueueThenRefusal() {
        Admission a = new Admission(1, 1, Duration.ZERO);
        Admission.Ticket first = a.enter();
        assertThat(first.slot()).isNotNull();
        assertThat(a.full()).isFalse();
        // the queue has room but the slot stays taken: the wait (zero here) runs out → 503
        assertThat(a.enter().refusal()).isEqualTo(Admission.Refusal.WAITED_TOO_LONG);
        first.slot().close();
        first.slot().close(); // closing twice frees one slot only
        assertThat(a.inFlight()).isZero();

        Admission none = new Admission(1, 0, Duration.ofSeconds(1));
        Admission.Ticket held = none.enter();
        assertThat(none.full()).isTrue();
        assertThat(none.enter().refusal()).isEqualTo(Admission.Refusal.QUEUE_FULL);
        held.slot().close();
        assertThat(none.full()).isFalse();
    }
}
