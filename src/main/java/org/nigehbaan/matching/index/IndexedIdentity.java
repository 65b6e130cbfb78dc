package org.nigehbaan.matching.index;

import java.util.List;

import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.normalizers.IdentifierNormalizer;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NormalizedName;

/** A listed identity with its names normalised once, at index time. Immutable except for removal. */
public final class IndexedIdentity {

    private final ListedIdentity identity;
    private final NormalizedName[] names;
    private final NormalizedName fatherName;
    private final String[] documents;
    private volatile boolean removed;

    public IndexedIdentity(ListedIdentity identity) {
        this.identity = identity;
        this.names = new NormalizedName[identity.names().size()];
        String inlineFather = null;
        for (int i = 0; i < names.length; i++) {
            names[i] = NameNormalizer.normalize(identity.names().get(i).text());
            if (inlineFather == null) {
                inlineFather = names[i].fatherName();
            }
        }
        String father = identity.fatherName() != null ? identity.fatherName() : inlineFather;
        this.fatherName = father == null ? null : NameNormalizer.normalize(father);
        this.documents = identity.documents().stream().map(IdentifierNormalizer::document).toArray(String[]::new);
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
        return names[i];
    }

    public boolean weak(int i) {
        return identity.names().get(i).weak();
    }

    public NormalizedName fatherName() {
        return fatherName;
    }

    public List<String> documents() {
        return List.of(documents);
    }

    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }
}
