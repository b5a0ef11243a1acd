package org.sumcheck.rules.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.Region;

/** Dated events (data/events.csv: event,from,to,note) and the words that make a mention future (data/year.yaml). */
public final class EventTable {
    /** @param since yyyymm */
    public record Event(String name, int since, String sinceText) {
    }

    private final Map<String, Event> events;
    private final LiteralFinder finder;
    private final List<String> futureWords;

    public EventTable(List<Event> events, List<String> futureWords) {
        this.events = new LinkedHashMap<>();
        events.forEach(e -> this.events.put(e.name(), e));
        this.futureWords = List.copyOf(futureWords);
        this.finder = new LiteralFinder(events.stream().map(Event::name).toList());
    }

    /** Parses the CSV text: a header line, then event,from(yyyy-mm)[,to[,note]]; # lines are comments. */
    public static EventTable parse(String csv, List<String> futureWords) {
        List<Event> es = new ArrayList<>();
        String[] lines = csv.split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length < 2 || !f[1].strip().matches("\\d{4}-\\d{1,2}")) {
                throw new IllegalArgumentException("events.csv line " + (i + 1) + ": expected event,yyyy-mm,… but got: " + line);
            }
            String[] ym = f[1].strip().split("-");
            es.add(new Event(f[0].strip(), Integer.parseInt(ym[0]) * 100 + Integer.parseInt(ym[1]),
                    ym[0] + "年" + Integer.parseInt(ym[1]) + "月"));
        }
        return new EventTable(es, futureWords);
    }

    public List<Event> events() {
        return List.copyOf(events.values());
    }

    public void scan(List<Paragraph> paragraphs, List<Region> regions, List<Set<String>> partOf, List<Object> out) {
        for (Paragraph p : paragraphs) {
            for (LiteralFinder.Hit h : finder.find(p.text())) {
                Event e = events.get(h.word());
                boolean future = containsAny(sentenceBefore(p.text(), h.start()), futureWords);
                out.add(new EventMention(e.name(), e.since(), e.sinceText(), p.index(), h.start(), h.word().length(),
                        partOf.get(p.index()), future, regions.get(p.index()) != Region.TITLE));
            }
        }
    }

    /** Does this text (the sentence before a mention) speak of what follows as still to come? */
    public boolean future(String sentenceBefore) {
        return containsAny(sentenceBefore, futureWords);
    }

    private static String sentenceBefore(String t, int at) {
        int from = at;
        while (from > 0 && "。！？；!?;".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.substring(from, at);
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
