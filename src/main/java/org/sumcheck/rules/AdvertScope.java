package org.sumcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.sumcheck.document.Location;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;

/**
 * An advert paragraph of a template site (RESIDUE-002) goes as a whole, so the other findings inside it (its
 * half-width brackets, its numbers, its placeholders) tell the reviewer nothing: they are dropped. A repeat of the
 * whole paragraph stays (DUPLICATE): the reviewer must delete both copies, and the repeat says where the second is.
 */
final class AdvertScope {
    static final String ADVERT_RULE = "RESIDUE-002";

    private AdvertScope() {
    }

    static List<Finding> withoutFindingsInsideAdverts(List<Finding> findings) {
        List<Location> adverts = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule().equals(ADVERT_RULE) && f.location() != null) {
                adverts.add(f.location());
            }
        }
        if (adverts.isEmpty()) {
            return new ArrayList<>(findings);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule().equals(ADVERT_RULE) || f.category() == Category.DUPLICATE || f.location() == null
                    || !inside(f.location(), adverts)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean inside(Location l, List<Location> adverts) {
        for (Location a : adverts) {
            if (a.paragraph() == l.paragraph() && l.length() > 0 && l.offset() >= a.offset()
                    && l.offset() + l.length() <= a.offset() + a.length()) {
                return true;
            }
        }
        return false;
    }
}
