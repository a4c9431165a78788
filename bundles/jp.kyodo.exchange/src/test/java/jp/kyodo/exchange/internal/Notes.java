package jp.kyodo.exchange.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.exchange.ShareableType;

/**
 * A shareable type as a neighbouring city's plugin would write one: notes kept in memory, its own codec (the title
 * on the first line, the text after it), provenance kept with each received note.
 */
final class Notes implements ShareableType {

    record Note(String title, String text, boolean isPublic, String from) {}

    final Map<String, Note> notes = new LinkedHashMap<>();
    private int next = 1;

    String add(String title, String text) {
        String id = Integer.toString(next++);
        notes.put(id, new Note(title, text, true, ""));
        return id;
    }

    void edit(String id, String text) {
        Note n = notes.get(id);
        notes.put(id, new Note(n.title(), text, n.isPublic(), n.from()));
    }

    void hide(String id) {
        Note n = notes.get(id);
        notes.put(id, new Note(n.title(), n.text(), false, n.from()));
    }

    @Override
    public String type() {
        return "notes.note";
    }

    @Override
    public String title(Locale language) {
        return "ja".equals(language.getLanguage()) ? "メモ" : "Notes";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<String> changeTopics() {
        return List.of("test/notes/*");
    }

    @Override
    public String idProperty() {
        return "id";
    }

    @Override
    public List<Candidate> candidates(String text, int limit) {
        return notes.entrySet().stream()
                .filter(e -> e.getValue().isPublic() && e.getValue().title().contains(text))
                .limit(limit)
                .map(e -> new Candidate(
                        e.getKey(), e.getValue().title(), e.getValue().text()))
                .toList();
    }

    @Override
    public Map<String, Outgoing> export(Collection<String> localIds) {
        Map<String, Outgoing> out = new LinkedHashMap<>();
        for (String id : localIds) {
            Note n = notes.get(id);
            if (n != null && n.isPublic()) {
                out.put(id, new Outgoing(n.title(), n.title() + "\n" + n.text(), fingerprint(n)));
            }
        }
        return out;
    }

    @Override
    public Map<String, String> fingerprints(Collection<String> localIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : localIds) {
            if (notes.containsKey(id)) {
                out.put(id, fingerprint(notes.get(id)));
            }
        }
        return out;
    }

    @Override
    public Received receive(Provenance from, String remoteId, int version, String payload, String localId) {
        int newline = payload.indexOf('\n');
        if (version != 1 || newline < 1) {
            throw ValidationException.of("payload", "メモとして読めません");
        }
        Note note =
                new Note(payload.substring(0, newline), payload.substring(newline + 1), true, from.municipalityName());
        String id = localId == null ? Integer.toString(next++) : localId;
        notes.put(id, note);
        return new Received(id, note.title(), fingerprint(note));
    }

    @Override
    public Map<String, String> fields(String payload) {
        int newline = payload.indexOf('\n');
        return newline < 0
                ? Map.of()
                : Map.of("タイトル", payload.substring(0, newline), "本文", payload.substring(newline + 1));
    }

    private static String fingerprint(Note n) {
        return Wire.sha256(n.title() + "\n" + n.text());
    }
}
