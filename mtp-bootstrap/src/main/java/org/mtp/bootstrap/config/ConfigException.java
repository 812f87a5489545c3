package org.mtp.bootstrap.config;

/** A setting is missing or invalid; the message names the setting and is shown to the operator as one line. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String setting;

    public ConfigException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
