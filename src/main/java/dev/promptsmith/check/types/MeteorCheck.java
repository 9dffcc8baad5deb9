package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * meteor: METEOR as NLTK and promptfoo define it: words are aligned first as they are, then by
 * their Porter stems; F-mean = P·R / (α·P + (1−α)·R), less the fragmentation penalty
 * γ·(chunks/matches)^β (α 0.9, β 3, γ 0.5, each settable on the check). promptfoo also aligns
 * WordNet synonyms, which Promptsmith does not ship, so a synonym counts as no match here and the
 * score can only be lower. The best reference counts; passes at the threshold (default 0.5).
 */
final class MeteorCheck implements Check {

    private record Word(int index, String text) {
    }

    private record Match(int candidate, int reference) {
    }

    @Override
    public String type() {
        return "meteor";
    }

    @Override
    public String description() {
        return "METEOR (exact and stemmed word matches, with a word-order penalty; no synonyms) against the best "
                + "reference reaches the threshold (default 0.5).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> references = NGrams.references(spec);
        double alpha = number(spec, "alpha", 0.9);
        double beta = number(spec, "beta", 3.0);
        double gamma = number(spec, "gamma", 0.5);
        double score = 0;
        for (String reference : references) {
            score = Math.max(score, score(words(input.output()), words(reference), alpha, beta, gamma));
        }
        double threshold = spec.threshold(0.5);
        return Verdict.scored(score >= threshold, score, "have a METEOR score of at least " + threshold + " against "
                + Quote.of(String.join(" | ", references)), "it was %.4f".formatted(score));
    }

    private static double number(CheckSpec spec, String key, double fallback) {
        return spec.config().get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    private static List<Word> words(String text) {
        List<String> split = text.isBlank() ? List.of() : Arrays.stream(text.strip().split("\\s+"))
                .map(w -> w.replaceAll("\\.+$", "").toLowerCase(Locale.ROOT)).toList();
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            words.add(new Word(i, split.get(i)));
        }
        return words;
    }

    static double score(List<Word> candidate, List<Word> reference, double alpha, double beta, double gamma) {
        if (candidate.isEmpty() || reference.isEmpty()) {
            return 0;
        }
        List<Word> leftCandidate = new ArrayList<>(candidate);
        List<Word> leftReference = new ArrayList<>(reference);
        List<Match> matches = new ArrayList<>(align(leftCandidate, leftReference));
        List<Word> stemmedCandidate = leftCandidate.stream().map(w -> new Word(w.index(), stem(w.text()))).toList();
        List<Word> stemmedReference = leftReference.stream().map(w -> new Word(w.index(), stem(w.text()))).toList();
        matches.addAll(align(new ArrayList<>(stemmedCandidate), new ArrayList<>(stemmedReference)));
        if (matches.isEmpty()) {
            return 0;
        }
        matches.sort(Comparator.comparingInt(Match::candidate));
        double precision = (double) matches.size() / candidate.size();
        double recall = (double) matches.size() / reference.size();
        double fmean = precision * recall / (alpha * precision + (1 - alpha) * recall);
        int chunks = 1;
        for (int i = 0; i + 1 < matches.size(); i++) {
            if (matches.get(i + 1).candidate() != matches.get(i).candidate() + 1
                    || matches.get(i + 1).reference() != matches.get(i).reference() + 1) {
                chunks++;
            }
        }
        double penalty = gamma * Math.pow((double) chunks / matches.size(), beta);
        return (1 - penalty) * fmean;
    }

    /** Pairs equal words, from the end backwards as NLTK does, and removes them from both lists. */
    private static List<Match> align(List<Word> candidate, List<Word> reference) {
        List<Match> matches = new ArrayList<>();
        for (int i = candidate.size() - 1; i >= 0; i--) {
            for (int j = reference.size() - 1; j >= 0; j--) {
                if (candidate.get(i).text().equals(reference.get(j).text())) {
                    matches.add(new Match(candidate.get(i).index(), reference.get(j).index()));
                    candidate.remove(i);
                    reference.remove(j);
                    break;
                }
            }
        }
        return matches;
    }

    static double score(String candidate, String reference) {
        return score(words(candidate), words(reference), 0.9, 3.0, 0.5);
    }

    private static String stem(String word) {
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
