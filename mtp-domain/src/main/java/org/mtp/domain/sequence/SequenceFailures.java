package org.mtp.domain.sequence;

import org.mtp.domain.common.DomainException;

/** The typed business failures of sequences, photos and their Mapillary link. */
public final class SequenceFailures {

    private SequenceFailures() {}

    /** This sequence is already published from another Mapillary sequence. */
    public static final class AlreadyLinked extends DomainException {
        private static final long serialVersionUID = 1L;
        private final MapillarySequenceKey currentKey;

        public AlreadyLinked(MapillarySequenceKey currentKey) {
            super("this sequence is already published from Mapillary sequence " + currentKey);
            this.currentKey = currentKey;
        }

        public MapillarySequenceKey currentKey() {
            return currentKey;
        }

        @Override
        public String code() {
            return "conflict";
        }
    }

    /** Another mtp sequence already holds this Mapillary sequence; one Mapillary sequence maps to one mtp sequence. */
    public static final class KeyTaken extends DomainException {
        private static final long serialVersionUID = 1L;
        private final MapillarySequenceKey key;

        public KeyTaken(MapillarySequenceKey key) {
            super("Mapillary sequence " + key + " is already imported");
            this.key = key;
        }

        public MapillarySequenceKey key() {
            return key;
        }

        @Override
        public String code() {
            return "conflict";
        }
    }

    /** The Mapillary sequence belongs to another Mapillary account than the token's. */
    public static final class NotOwnedOnMapillary extends DomainException {
        private static final long serialVersionUID = 1L;

        public NotOwnedOnMapillary(MapillarySequenceKey key) {
            super("Mapillary sequence " + key + " belongs to another Mapillary account");
        }

        @Override
        public String code() {
            return "mapillary_sequence_not_owned";
        }
    }

    /** The sequence has no photo with this key. */
    public static final class PhotoNotFound extends DomainException {
        private static final long serialVersionUID = 1L;

        public PhotoNotFound(ImageKey key) {
            super("the sequence has no photo " + key);
        }

        @Override
        public String code() {
            return "not_found";
        }
    }

    /** The action needs a published sequence and this one is a draft. */
    public static final class NotPublished extends DomainException {
        private static final long serialVersionUID = 1L;

        public NotPublished() {
            super("the sequence is a draft; publish it from Mapillary first");
        }

        @Override
        public String code() {
            return "not_published";
        }
    }

    /** Owners may not like or mark viewpoints on their own items. */
    public static final class OwnItem extends DomainException {
        private static final long serialVersionUID = 1L;
        private final String action;

        public OwnItem(String action) {
            super("you cannot " + action + " your own item");
            this.action = action;
        }

        public String action() {
            return action;
        }

        @Override
        public String code() {
            return "forbidden";
        }
    }
}
