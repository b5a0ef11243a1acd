package org.sumcheck.cli;

/**
 * The documented exit codes (README "退出码 / Exit codes").
 * <ul>
 *   <li>0 — every file checked, nothing at or above {@code --fail-on}</li>
 *   <li>1 — a finding at or above {@code --fail-on} (with a baseline: a new one)</li>
 *   <li>2 — usage error, a broken rules folder or configuration, or an input that could not be checked</li>
 * </ul>
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
