package org.mtp.domain.common;

/** Every documented maximum of the model in one place, so adapters (schema, API docs) can quote them. */
public final class Limits {

    private Limits() {}

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 30;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 1024;
    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int TAG_MAX_LENGTH = 50;
    public static final int TAGS_PER_ITEM = 20;
    public static final int KEY_MAX = 100;
    public static final int CAMERA_MAX = 100;
    public static final int LINK_MAX = 2_000;
    public static final int PHOTOS_PER_SEQUENCE = 20_000;
    public static final int SEQUENCES_PER_TOUR = 500;
    public static final int AREA_POSITIONS_MAX = 10_000;
    public static final int CHALLENGE_FILTER_VALUES_MAX = 50;
}
