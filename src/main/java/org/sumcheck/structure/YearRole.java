package org.sumcheck.structure;

/** What a year mention is about, from the words after it. */
public enum YearRole {
    /** the period reported on: 2023年工作总结, 现将2023年度党建工作情况…如下 */
    REPORT,
    /** the period planned for: 2024年工作计划/打算/要点 */
    PLAN,
    /** a span of time or history: 2019年以来, 1921年建党, 截至2023年 */
    HISTORY,
    /** part of a date: 2023年7月1日 */
    DATE,
    /** anything else */
    OTHER
}
