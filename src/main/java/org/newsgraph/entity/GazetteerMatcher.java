package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;

/** Finds gazetteer surface forms in a sentence's words: left to right, longest match, no overlaps. */
public final class GazetteerMatcher {

    private final Gazetteer gazetteer;

    public GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Every match in order; each lists all forms of the same words (a surname may fit several people). */
    public List<Match> match(List<Word> words) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            List<SurfaceForm> best = new ArrayList<>();
            int bestLength = 0;
            for (SurfaceForm f : gazetteer.formsStartingWith(words.get(i).folded())) {
                int n = f.words().size();
                if (n < bestLength) {
                    break;
                }
                if (PhraseLexicon.matchesAt(f.words(), words, i) && caseAgrees(f, words, i)) {
                    bestLength = n;
                    best.add(f);
                }
            }
            if (best.isEmpty()) {
                i++;
            } else {
                out.add(new Match(i, i + bestLength, List.copyOf(best)));
                i += bestLength;
            }
        }
        return out;
    }

    private static boolean caseAgrees(SurfaceForm f, List<Word> words, int i) {
        return switch (f.caseRule()) {
            case ANY -> true;
            case CAPITALIZED -> words.get(i).isCapitalized() || laterWordCapitalized(f, words, i);
            case EXACT -> {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < f.words().size(); k++) {
                    text.append(words.get(i + k).surface());
                }
                yield text.toString().replaceAll("[^\\p{L}]", "").equals(f.text().replaceAll("[^\\p{L}]", ""));
            }
        };
    }

    /** "piazza Tienanmen", "palazzo Kumsusan": a common noun before a proper name may be written in lower case. */
    private static boolean laterWordCapitalized(SurfaceForm f, List<Word> words, int i) {
        for (int k = 1; k < f.words().size(); k++) {
            if (words.get(i + k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** Words {@code [start, end)} name the entities of {@code forms}. */
    public record Match(int start, int end, List<SurfaceForm> forms) {
    }
}
