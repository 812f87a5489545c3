package org.mtp.domain.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * The two-level transport catalogue: five parents and their children. A parent used as a filter includes its children.
 * Plane, Helicopter and Drone sit under Air (the API docs), not Water (a slip in the uploader's list).
 */
public enum TransportType {
    EARTH("Earth", null, null),
    BICYCLE("Bicycle", EARTH, "Ride"),
    WALK("Walk", EARTH, "Walk"),
    SCOOTER("Scooter", EARTH, "Workout"),
    SKATEBOARD("Skateboard", EARTH, "Skateboard"),
    ROLLERSKATE("Rollerskate", EARTH, "InlineSkate"),
    ROCK_CLIMBING("Rock Climbing", EARTH, "RockClimbing"),
    WHEELCHAIR("Wheelchair", EARTH, null),
    CAR("Car", EARTH, null),
    ELECTRIC_CAR("Electric Car", EARTH, null),
    ELECTRIC_BICYCLE("Electric Bicycle", EARTH, "EBikeRide"),
    ELECTRIC_SCOOTER("Electric Scooter", EARTH, null),

    SNOW("Snow", null, null),
    SKI("Ski", SNOW, "NordicSki"),
    SNOWBOARD("Snowboard", SNOW, "Snowboard"),
    SNOWSHOE("Snowshoe", SNOW, "Snowshoe"),
    ICE_SKATING("Ice Skating", SNOW, "IceSkate"),
    SNOWMOBILE("Snowmobile", SNOW, null),

    WATER("Water", null, null),
    SWIM("Swim", WATER, "Swim"),
    PADDLEBOARD("Paddleboard", WATER, "StandUpPaddling"),
    SCUBA_DIVE("Scuba Dive", WATER, "Workout"),
    SURF("Surf", WATER, "Surfing"),
    WINDSURF("Windsurf", WATER, "Windsurf"),
    KITEBOARD("Kiteboard", WATER, "Kitesurf"),
    CANOE("Canoe", WATER, "Canoeing"),
    FREEDIVE("Freedive", WATER, "Workout"),
    KAYAK("Kayak", WATER, "Kayaking"),
    ROW("Row", WATER, "Rowing"),
    SAIL("Sail", WATER, "Sail"),
    BOAT("Boat", WATER, null),

    AIR("Air", null, null),
    PARACHUTE("Parachute", AIR, null),
    PARAGLIDE("Paraglide", AIR, null),
    HANG_GLIDE("Hang Glide", AIR, null),
    WINGSUIT("Wingsuit", AIR, null),
    BASE_JUMP("BASE Jump", AIR, null),
    GLIDER("Glider", AIR, null),
    PLANE("Plane", AIR, null),
    HELICOPTER("Helicopter", AIR, null),
    DRONE("Drone", AIR, null),

    OTHER("Other", null, null),
    UNLISTED("Unlisted", OTHER, null);

    private static final Map<String, TransportType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> key(t.displayName), Function.identity()));

    private final String displayName;
    private final TransportType parent;
    private final String stravaType;

    TransportType(String displayName, TransportType parent, String stravaType) {
        this.displayName = displayName;
        this.parent = parent;
        this.stravaType = stravaType;
    }

    /**
     * Looks a node up by its name, trimmed and case-insensitively; also accepts "Parent - Child" and "Parent-Child",
     * refusing a child named under the wrong parent. No name contains a hyphen, so the split is unambiguous.
     */
    public static TransportType fromName(String field, String name) {
        Require.notNull(field, name);
        String wanted = key(name);
        TransportType found = BY_NAME.get(wanted);
        if (found != null) {
            return found;
        }
        int dash = wanted.indexOf('-');
        if (dash > 0) {
            TransportType parent = BY_NAME.get(key(wanted.substring(0, dash)));
            TransportType child = BY_NAME.get(key(wanted.substring(dash + 1)));
            if (parent != null && child != null && child.parent == parent) {
                return child;
            }
        }
        throw new ValidationException(field, "is not a known transport type: " + name.strip());
    }

    public static Optional<TransportType> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(name)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" - ", "-");
    }

    public static List<TransportType> parents() {
        return Arrays.stream(values()).filter(TransportType::isParent).toList();
    }

    public String displayName() {
        return displayName;
    }

    public Optional<TransportType> parent() {
        return Optional.ofNullable(parent);
    }

    public boolean isParent() {
        return parent == null;
    }

    /** The parent of a child, or the node itself for a parent. */
    public TransportType family() {
        return parent == null ? this : parent;
    }

    public List<TransportType> children() {
        List<TransportType> children = new ArrayList<>();
        for (TransportType t : values()) {
            if (t.parent == this) {
                children.add(t);
            }
        }
        return Collections.unmodifiableList(children);
    }

    /** As a filter: a node matches itself, and a parent also matches each of its children. */
    public boolean includes(TransportType other) {
        return other == this || other.parent == this;
    }

    /** Mapillary refuses uploads of the Air family. */
    public boolean uploadableToMapillary() {
        return family() != AIR;
    }

    public Optional<String> stravaType() {
        return Optional.ofNullable(stravaType);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
