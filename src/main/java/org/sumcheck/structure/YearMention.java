package org.sumcheck.structure;

/**
 * A year written in the text ("2023年", "二〇二三年"), with what it is about.
 *
 * @param paragraph  its paragraph
 * @param offset     start of the year in the paragraph
 * @param length     length of the year text including 年
 * @param year       the year
 * @param month      the month when the year is part of a date, else 0
 * @param day        the day when a full date is written, else 0
 * @param role       what the year is about
 * @param region     where the paragraph sits
 * @param parts      ids of the document parts (sections) it is in; empty before any recognised part
 * @param quoted     inside 《…》 (a quoted title names its own year)
 * @param reporting  in a sentence that announces the report (现将…如下)
 * @param leading    the year opens its sentence ("2023年，支部将…", "一是2024年…")
 */
public record YearMention(int paragraph, int offset, int length, int year, int month, int day, YearRole role,
                          Region region, java.util.Set<String> parts, boolean quoted, boolean reporting, boolean leading) implements Located {

    /** False for a date that cannot exist (2023年2月30日, 2023年13月). */
    public boolean validDate() {
        if (role != YearRole.DATE) {
            return true;
        }
        if (month < 1 || month > 12) {
            return false;
        }
        return day == 0 || (day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth());
    }

    /** The date as written, for messages: 2023年2月30日. */
    public String dateText() {
        return year + "年" + (month > 0 ? month + "月" : "") + (day > 0 ? day + "日" : "");
    }
}
