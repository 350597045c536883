package dev.custos.detect.network;

import java.util.List;
import java.util.Locale;

/**
 * Where programs are made to start again by themselves: launch agents and daemons (macOS), systemd units, cron,
 * init scripts and autostart entries (Linux), shell start-up files, the Startup folder (Windows). Derived from
 * {@code file.path} alone.
 */
public final class PersistencePaths {
    private static final List<String> DIRECTORIES = List.of(
            "/library/launchagents/",
            "/library/launchdaemons/",
            "/etc/systemd/system/",
            "/.config/systemd/user/",
            "/etc/cron",
            "/var/spool/cron/",
            "/etc/init.d/",
            "/.config/autostart/",
            "/start menu/programs/startup/");
    private static final List<String> FILES =
            List.of("/.bashrc", "/.bash_profile", "/.profile", "/.zshrc", "/.zprofile", "/.zshenv", "/etc/rc.local");

    private PersistencePaths() {}

    /** True when the path lies in a persistence location (case and slash direction ignored). */
    public static boolean isPersistence(String path) {
        String normal = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        for (String directory : DIRECTORIES) {
            if (normal.contains(directory)) {
                return true;
            }
        }
        for (String file : FILES) {
            if (normal.endsWith(file)) {
                return true;
            }
        }
        return false;
    }
}
