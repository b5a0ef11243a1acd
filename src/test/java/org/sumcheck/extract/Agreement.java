package org.sumcheck.extract;

import java.util.List;

/** How closely extracted paragraphs match ground-truth paragraphs. Test support. */
final class Agreement {
    private Agreement() {
    }

    /** Paragraphs equal to the truth, in order (longest common subsequence), over the larger count: 1.0 = identical. */
    static double exact(List<String> truth, List<String> got) {
        int n = truth.size();
        int m = got.size();
        int[][] l = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                l[i][j] = truth.get(i).equals(got.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        return Math.max(n, m) == 0 ? 1.0 : (double) l[0][0] / Math.max(n, m);
    }

    /** Mean over truth paragraphs of the best character similarity (1 − edit distance / length) to any paragraph. */
    static double similarity(List<String> truth, List<String> got) {
        double sum = 0;
        for (String t : truth) {
            double best = 0;
            for (String g : got) {
                best = Math.max(best, similarity(t, g));
            }
            sum += best;
        }
        return truth.isEmpty() ? 1.0 : sum / truth.size();
    }

    static double similarity(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.max(n, m) == 0) {
            return 1.0;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[m] / Math.max(n, m);
    }
}
