package org.nigehbaan.matching.index;

import java.util.List;

import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.normalizers.IdentifierNormalizer;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;

/**
 * A listed identity with its names normalised once, at index time. Immutable except for removal. Holds only
 * the normalised parts of each name (shared arrays of shared tokens); everything else is read from the
 * {@link ListedIdentity} when needed, to keep a million identities within a 1 GB heap.
 */
public final class IndexedIdentity {

    private final ListedIdentity identity;
    private final NameToken[][] names;
    private final long abjadNames;
    private volatile boolean removed;

    public IndexedIdentity(ListedIdentity identity) {
        this.identity = identity;
        this.names = new NameToken[identity.names().size()][];
        long abjad = 0;
        for (int i = 0; i < names.length; i++) {
            NormalizedName n = NameNormalizer.normalize(identity.names().get(i).text());
            names[i] = n.parts();
            if (n.abjad() && i < 64) {
                abjad |= 1L << i;
            }
        }
        this.abjadNames = abjad;
    }

    public ListedIdentity identity() {
        return identity;
    }

    public String id() {
        return identity.id();
    }

    public int nameCount() {
        return names.length;
    }

    public NormalizedName name(int i) {
        return new NormalizedName(identity.names().get(i).text(), names[i], null, i < 64 && (abjadNames & (1L << i)) != 0);
    }

    /** The parts of name {@code i}, without a wrapper: for the index's hot loops. */
    public NameToken[] parts(int i) {
        return names[i];
    }

    public boolean weak(int i) {
        return identity.names().get(i).weak();
    }

    /**
     * The father's name, normalised on demand (only a traveller who gives one needs it): the listed father's
     * name, else one written into a name ("s/o").
     */
    public NormalizedName fatherName() {
        String father = identity.fatherName();
        if (father == null) {
            for (int i = 0; i < names.length && father == null; i++) {
                father = NameNormalizer.normalize(identity.names().get(i).text()).fatherName();
            }
        }
        return father == null ? null : NameNormalizer.normalize(father);
    }

    /** Document numbers as compared (upper-case letters and digits). */
    public List<String> documents() {
        return identity.documents().stream().map(p -> IdentifierNormalizer.document(p.value())).toList();
    }

    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }
}
