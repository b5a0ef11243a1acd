package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {
    @Test
    void chineseCountingAsWordShowsIt() {
        assertThat(NumberFormats.format(1, "chineseCounting")).isEqualTo("一");
        assertThat(NumberFormats.format(9, "chineseCounting")).isEqualTo("九");
        assertThat(NumberFormats.format(10, "chineseCounting")).isEqualTo("十");
        assertThat(NumberFormats.format(11, "chineseCounting")).isEqualTo("十一");
        assertThat(NumberFormats.format(20, "chineseCounting")).isEqualTo("二十");
        assertThat(NumberFormats.format(23, "chineseCountingThousand")).isEqualTo("二十三");
        assertThat(NumberFormats.format(100, "chineseCounting")).isEqualTo("一百");
        assertThat(NumberFormats.format(101, "chineseCounting")).isEqualTo("一百零一");
        assertThat(NumberFormats.format(110, "chineseCounting")).isEqualTo("一百一十");
        assertThat(NumberFormats.format(3, "chineseLegalSimplified")).isEqualTo("叁");
    }

    @Test
    void otherFormats() {
        assertThat(NumberFormats.format(3, "decimal")).isEqualTo("3");
        assertThat(NumberFormats.format(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(NumberFormats.format(2, "ideographTraditional")).isEqualTo("乙");
        assertThat(NumberFormats.format(14, "upperRoman")).isEqualTo("XIV");
        assertThat(NumberFormats.format(28, "lowerLetter")).isEqualTo("bb");
        assertThat(NumberFormats.format(5, "decimalFullWidth")).isEqualTo("５");
        assertThat(NumberFormats.format(1, "bullet")).isNull();
    }
}
