package org.mtp.adapter.web.page;

import org.mtp.adapter.web.asset.Assets;

/**
 * What the layout around every page needs: the page title, the asset URLs, who is signed in (null for nobody), the form
 * token of this response's POST forms, and, on pages with a map, the tile settings the map script reads.
 */
public record Layout(
        String title,
        Assets assets,
        String viewer,
        String csrf,
        boolean map,
        String tileUrl,
        String tileAttribution,
        boolean accounts) {

    public String asset(String name) {
        return assets.url(name);
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public String viewerUrl() {
        return Paths.user(viewer);
    }
}
