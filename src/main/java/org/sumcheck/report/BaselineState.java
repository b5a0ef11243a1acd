package org.sumcheck.report;

/** With {@code --baseline}: whether a finding was already recorded ({@code existing}) or not ({@code new}). */
public enum BaselineState {
    NEW("new"), EXISTING("existing");

    private final String id;

    BaselineState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
