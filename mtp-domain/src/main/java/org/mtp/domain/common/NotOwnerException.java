package org.mtp.domain.common;

/** Only the owner of an item may do this, and the actor is someone else. */
public final class NotOwnerException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String itemKind;

    public NotOwnerException(String itemKind) {
        super("only the owner of this " + itemKind + " may change it");
        this.itemKind = itemKind;
    }

    public String itemKind() {
        return itemKind;
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
