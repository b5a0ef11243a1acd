package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkTextTest {
    @Test
    void layoutSpacesNextToChineseGoLatinWordsKeepTheirs() {
        assertThat(CjkText.removeLayoutSpaces("及 2024 年")).isEqualTo("及2024年");
        assertThat(CjkText.removeLayoutSpaces("2023 年度工作")).isEqualTo("2023年度工作");
        assertThat(CjkText.removeLayoutSpaces("使用 Microsoft Word 2016 编写")).isEqualTo("使用Microsoft Word 2016编写");
        assertThat(CjkText.removeLayoutSpaces("党 建 工 作，  要求")).isEqualTo("党建工作，要求");
        assertThat(CjkText.removeLayoutSpaces("“三会一课” 制度")).isEqualTo("“三会一课”制度");
        assertThat(CjkText.removeLayoutSpaces("A  B")).isEqualTo("A B");
    }

    @Test
    void linesJoinWithoutSpaceNextToChineseAndWithOneBetweenLatinWords() {
        assertThat(CjkText.joinLines("党", "组")).isEqualTo("党组");
        assertThat(CjkText.joinLines("坚强战斗堡垒”。2023", "年以来")).isEqualTo("坚强战斗堡垒”。2023年以来");
        assertThat(CjkText.joinLines("the quick", "brown fox")).isEqualTo("the quick brown fox");
        assertThat(CjkText.joinLines("型号 XC-", "200")).isEqualTo("型号 XC-200");
    }

    @Test
    void ocrTextGetsChineseBracketsAndNoSpacesBetweenChinese() {
        assertThat(CjkText.normalizeOcr("(一) 精心组织、合理安排")).isEqualTo("（一）精心组织、合理安排");
        assertThat(CjkText.normalizeOcr("(—) 加强支委班子建设")).isEqualTo("（一）加强支委班子建设");
        assertThat(CjkText.normalizeOcr("(1) 党 员 大 会")).isEqualTo("（1）党员大会");
        assertThat(CjkText.normalizeOcr("学习(中国共产党章程)等")).isEqualTo("学习（中国共产党章程）等");
        // ambiguous readings are left alone rather than guessed
        assertThat(CjkText.normalizeOcr("(=) 严格组织生活制度")).startsWith("(=）");
    }

    @Test
    void ocrTextGetsTheFullWidthMarksAPrintedChinesePageHas() {
        assertThat(CjkText.normalizeOcr("现将工作情况总结如下:")).isEqualTo("现将工作情况总结如下：");
        assertThat(CjkText.normalizeOcr("细化措施;每季度研究一次")).isEqualTo("细化措施；每季度研究一次");
        assertThat(CjkText.normalizeOcr("〈四）丰富党建内容")).isEqualTo("（四）丰富党建内容");
        assertThat(CjkText.normalizeOcr("《一）提高思想认识")).isEqualTo("（一）提高思想认识");
        assertThat(CjkText.normalizeOcr("二）围绕党员队伍强")).isEqualTo("（二）围绕党员队伍强");
        assertThat(CjkText.normalizeOcr("回望2023年，XX党委〈党组）虽然")).isEqualTo("回望2023年，XX党委（党组）虽然");
        assertThat(CjkText.normalizeOcr("学习《〈论持久战〉导读》")).isEqualTo("学习《〈论持久战〉导读》");
        // Latin text and numbers keep their own marks
        assertThat(CjkText.normalizeOcr("占比94.9%,同比")).isEqualTo("占比94.9%,同比");
        assertThat(CjkText.normalizeOcr("see: www.example.org")).isEqualTo("see: www.example.org");
    }

    @Test
    void widthCountsChineseAsOneEmAndLatinAsHalf() {
        assertThat(CjkText.emWidth("党建")).isEqualTo(2.0);
        assertThat(CjkText.emWidth("2024年")).isEqualTo(3.0);
    }
}
