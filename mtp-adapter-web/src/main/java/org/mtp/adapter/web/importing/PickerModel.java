package org.mtp.adapter.web.importing;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;

/**
 * The Mapillary sequence picker, on the import page and on a draft's finish page: whether this server can reach
 * Mapillary at all, the connect link when the person has no connection, a notice from the connection's callback, a
 * trouble (with a reconnect link when that helps), the range form, and the rows with their map.
 *
 * @param finishing true on a draft's finish page: each row is a form attaching it, not a link to the import form
 */
public record PickerModel(
        String title,
        String intro,
        boolean configured,
        String connectUrl,
        String notice,
        String problem,
        String reconnectUrl,
        FormModel range,
        String action,
        boolean listed,
        List<Row> rows,
        String bounds,
        boolean finishing,
        String csrf) {

    /** One importable sequence, numbered as its marker on the map. */
    public record Row(
            int number,
            String key,
            String capturedText,
            String capturedIso,
            String photos,
            String camera,
            String pano,
            String lon,
            String lat,
            String importUrl) {}

    public boolean connected() {
        return connectUrl == null;
    }
}
