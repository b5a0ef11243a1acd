package org.sumcheck.extract;

import java.util.regex.Pattern;

/** Line starts that open a new paragraph in GB/T 9704 documents: 一、 （一） 1. （1） 第一章 … */
final class HeadingMarkers {
    private HeadingMarkers() {
    }

    private static final String HAN_NUM = "[一二三四五六七八九十百零〇]{1,4}";
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:" + HAN_NUM + "[、．.]"
                    + "|[（(]" + HAN_NUM + "[）)]"
                    + "|\\d{1,3}(?:[、．]|\\.(?!\\d))"
                    + "|[（(]\\d{1,3}[）)]"
                    + "|第" + HAN_NUM + "[章节部分条篇]"
                    + "|[①②③④⑤⑥⑦⑧⑨⑩])");

    static boolean startsWithMarker(String line) {
        return MARKER.matcher(line).find();
    }
}
