package steward.mailroom;

import steward.web.StoredText;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes the chain of custody in the caller's transaction: no step without its event. */
@ApplicationScoped
class Custody {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void ofItem(MailItem item, CustodyAction action, String actor, StoredText detail) {
        write(item.siteId, item.id, null, action, actor, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void ofOutbound(OutboundDocument document, CustodyAction action, String actor, StoredText detail) {
        write(document.siteId, null, document.id, action, actor, detail);
    }

    List<CustodyEvent> ofItem(Long itemId) {
        return CustodyEvent.list("itemId = ?1 order by occurredAt, id", itemId);
    }

    List<CustodyEvent> ofOutbound(Long documentId) {
        return CustodyEvent.list("outboundDocumentId = ?1 order by occurredAt, id", documentId);
    }

    private void write(Long siteId, Long itemId, Long documentId, CustodyAction action, String actor,
            StoredText detail) {
        CustodyEvent event = new CustodyEvent();
        event.siteId = siteId;
        event.itemId = itemId;
        event.outboundDocumentId = documentId;
        event.action = action;
        event.actor = actor;
        event.occurredAt = clock.instant();
        event.detailText = detail;
        event.persist();
    }
}
