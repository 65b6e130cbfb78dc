package org.nigehbaan.screening.index;

import java.time.ZoneId;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.controllist.EntryActivated;
import org.nigehbaan.register.RegisterDirectory;
import org.nigehbaan.register.RegistrantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reloads control-list entries, imports and registrants named by the change feed. */
@Component
class ListedIdentityHandlers implements IndexChangeHandler {

    private static final Logger log = LoggerFactory.getLogger(ListedIdentityHandlers.class);

    private final ScreeningIndex index;
    private final ControlListService controlList;
    private final RegisterDirectory register;
    private final ZoneId zone;

    ListedIdentityHandlers(ScreeningIndex index, ControlListService controlList, RegisterDirectory register,
                           @Value("${nigehbaan.control-list.zone:Asia/Karachi}") ZoneId zone) {
        this.index = index;
        this.controlList = controlList;
        this.register = register;
        this.zone = zone;
    }

    @Override
    public boolean handles(String key) {
        return key.startsWith(Listing.CONTROL_LIST_PREFIX) || key.startsWith(Listing.REGISTER_PREFIX)
                || key.startsWith(IndexChangeRecorder.IMPORT_PREFIX);
    }

    @Override
    public void apply(String key) {
        if (key.startsWith(Listing.CONTROL_LIST_PREFIX)) {
            long id = Long.parseLong(key.substring(Listing.CONTROL_LIST_PREFIX.length()));
            controlList.findActive(id).ifPresentOrElse(e -> index.put(IdentityMapping.of(e)), () -> index.remove(key));
        } else if (key.startsWith(Listing.REGISTER_PREFIX)) {
            RegistrantId id = new RegistrantId(Long.parseLong(key.substring(Listing.REGISTER_PREFIX.length())));
            register.notifiableIdentity(id).ifPresentOrElse(r -> index.put(IdentityMapping.of(r, zone)),
                    () -> index.remove(key));
        } else {
            long importId = Long.parseLong(key.substring(IndexChangeRecorder.IMPORT_PREFIX.length()));
            ScreeningIndex.LoadTimes t = index.<EntryActivated>load(c -> controlList.forEachActiveInImport(importId, c),
                    IdentityMapping::of);
            log.info("screening index: import {}: {} listed identities added in {} ({} of it mapping, normalising and "
                    + "adding, beside the reading)", importId, t.items(), t.total(), t.adding());
        }
    }
}
