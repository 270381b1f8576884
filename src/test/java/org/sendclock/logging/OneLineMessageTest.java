package org.sendclock.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineMessageTest {

    @Test
    void lineBreaksAndControlCharactersAreWrittenVisibly() {
        assertThat(OneLineMessage.escaped("note: fine\nINFO forged")).isEqualTo("note: fine\\nINFO forged");
        assertThat(OneLineMessage.escaped("a\r\nb\tc\u0000d\u001be\u0085f\u2028g"))
                .isEqualTo("a\\r\\nb\\tc\\u0000d\\u001Be\\u0085f\\u2028g");
        assertThat(OneLineMessage.escaped("half \uD83D pair")).isEqualTo("half \\uD83D pair");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "Case EHC-000001: Zoë's plan 😀 C:\\temp\\n";
        assertThat(OneLineMessage.escaped(text)).isSameAs(text);
        assertThat(OneLineMessage.escaped(null)).isNull();
    }
}
