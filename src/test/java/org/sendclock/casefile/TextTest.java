package org.sendclock.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void ordinaryTextLineBreaksTabsAndWholeSurrogatePairsAreKept() {
        assertThat(Text.refusedCharacter("Zoë O'Neill-Smith")).isNull();
        assertThat(Text.refusedCharacter("first line\r\nsecond\tline")).isNull();
        assertThat(Text.refusedCharacter("Nguyễn 😀 𠜎")).isNull();
        assertThat(Text.refusedCharacter("")).isNull();
        assertThat(Text.refusedCharacter(null)).isNull();
    }

    @Test
    void controlCharactersAreRefusedByCodeAndPositionWithoutTheText() {
        assertThat(Text.refusedCharacter("Oka\u0000for")).isEqualTo("must not contain a control character (U+0000 at character 4)");
        assertThat(Text.refusedCharacter("\u001b[31mred")).isEqualTo("must not contain a control character (U+001B at character 1)");
        assertThat(Text.refusedCharacter("bell\u0007")).contains("U+0007 at character 5");
        assertThat(Text.refusedCharacter("del\u007f")).contains("U+007F");
        assertThat(Text.refusedCharacter("c1\u0085")).contains("U+0085");
        assertThat(Text.refusedCharacter("😀\u0000")).as("positions count characters, not UTF-16 units")
                .contains("at character 2");
    }

    @Test
    void halvesOfSurrogatePairsAreRefused() {
        assertThat(Text.refusedCharacter("a\uD83D")).isEqualTo("must not contain half of a surrogate pair (U+D83D at character 2)");
        assertThat(Text.refusedCharacter("\uDE00b")).isEqualTo("must not contain half of a surrogate pair (U+DE00 at character 1)");
        assertThat(Text.refusedCharacter("\uD83D\uD83D\uDE00")).contains("U+D83D at character 1");
    }
}
