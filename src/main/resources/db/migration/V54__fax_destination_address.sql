-- The seed's 二(六)1: 「需有禮貌地向顧客明確:發送地址、傳真號碼、收件人、聯繫電話,並與收件方電話予以確認」.
-- A fax, like a document, has its destination address, and the confirmation call confirms the address as well
-- as the number. Faxes registered before this version without an address stay as they were.
do $$
begin
    execute format('alter table outbound_document add constraint outbound_document_fax_address check '
        || '(kind <> %L or destination_address is not null or registered_at < %L)', 'FAX', now());
end $$;
