package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A file downloaded, created or run, or a package installed, on a host ({@code event.category=file}; docs/EVENTS.md,
 * "File").
 *
 * @param host {@code host.name}
 * @param action {@code event.action}
 * @param user {@code user.name}
 * @param path {@code file.path}; required except for {@code package_install}
 * @param fileName {@code file.name}, else the last segment of the path, else the package name
 * @param sha256 {@code file.hash.sha256}
 * @param urlDomain {@code url.domain}: where a download came from
 * @param processName {@code process.name}: the program that wrote, ran or installed it
 * @param packageName {@code package.name}; required for {@code package_install}
 */
public record FileEvent(
        String host,
        String action,
        Optional<String> user,
        Optional<String> path,
        String fileName,
        Optional<String> sha256,
        Optional<String> urlDomain,
        Optional<String> processName,
        Optional<String> packageName) {
    public FileEvent {
        Objects.requireNonNull(host, "host is null");
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(user, "user is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(urlDomain, "urlDomain is null");
        Objects.requireNonNull(processName, "processName is null");
        Objects.requireNonNull(packageName, "packageName is null");
    }

    /**
     * Reads the fields of a flattened event; the caller decided it is a file event with this action.
     *
     * @throws InvalidEventException naming a field that is present but does not read, or a required one that is
     *     missing
     */
    public static FileEvent read(String action, Map<String, JsonNode> fields) throws InvalidEventException {
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(fields, "fields is null");
        Optional<String> host = EventValues.text(fields, EventFields.HOST_NAME);
        if (host.isEmpty()) {
            throw new InvalidEventException(EventFields.HOST_NAME, "host.name is missing");
        }
        Optional<String> path = EventValues.text(fields, EventFields.FILE_PATH);
        Optional<String> packageName = EventValues.text(fields, EventFields.PACKAGE_NAME);
        boolean install = action.equals(EventFields.ACTION_PACKAGE_INSTALL);
        if (install && packageName.isEmpty()) {
            throw new InvalidEventException(EventFields.PACKAGE_NAME, "package.name is missing (package_install)");
        }
        if (!install && path.isEmpty()) {
            throw new InvalidEventException(EventFields.FILE_PATH, "file.path is missing");
        }
        Optional<String> named = EventValues.text(fields, EventFields.FILE_NAME);
        String fileName = named.or(() -> path.map(FileEvent::lastSegment))
                .or(() -> packageName)
                .orElseThrow();
        return new FileEvent(
                host.get(),
                action,
                EventValues.text(fields, EventFields.USER_NAME),
                path,
                fileName,
                HostEventValues.sha256(fields, EventFields.FILE_SHA256),
                HostEventValues.domain(fields, EventFields.URL_DOMAIN),
                EventValues.text(fields, EventFields.PROCESS_NAME),
                packageName);
    }

    private static String lastSegment(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String last = path.substring(slash + 1);
        return last.isEmpty() ? path : last;
    }
}
