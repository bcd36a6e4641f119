package steward.mailroom;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the mailroom in traditional Chinese; {@code messages/mailroom_zh-Hans.properties} and
 * {@code messages/mailroom_en.properties} translate them. The {@code phrase_*} keys are what the desk says and
 * minds at each step (the seed's 二(六)); the {@code notice_*} keys are the messages residents and staff receive.
 */
@MessageBundle(value = "mailroom", locale = "zh-Hant")
public interface MailroomMessages {

    @Message("收發室")
    String nav_mailroom();

    @Message("收發室")
    String mailroom_title();

    @Message("「您好,請出示取件碼或證件。」")
    String phrase_handover();

    @Message("只交給收件人本人、同戶成員或收件人授權的人;請領取人在平板上簽名。")
    String phrase_handover_hint();

    @Message("未經顧客本人同意,不得給第三人傳閱。")
    String phrase_confidential();

    @Message("「請您確認發送地址、傳真號碼、收件人和聯繫電話。」")
    String phrase_fax_confirm();

    @Message("發送後致電收件方確認,並完成登記。")
    String phrase_fax_confirm_hint();

    @Message("待領取")
    String items_waiting();

    @Message("沒有待領取的物品")
    String items_none();

    @Message("登記收件")
    String register_item();

    @Message("類別")
    String field_kind();

    @Message("收件人(住戶或單元)")
    String field_recipient();

    @Message("住戶姓名、電話末四碼或單元")
    String field_recipient_placeholder();

    @Message("找不到「{query}」")
    String field_recipient_none(String query);

    @Message("或:員工帳號或部門")
    String field_recipient_staff();

    @Message("寄件人或快遞")
    String field_sender();

    @Message("單號")
    String field_tracking();

    @Message("內容說明")
    String field_description();

    @Message("貨架")
    String field_shelf();

    @Message("密封/機密(不顯示內容)")
    String field_sealed();

    @Message("照片(可用平板相機)")
    String field_photo();

    @Message("登記並通知收件人")
    String register_submit();

    @Message("已登記 {kind} #{id}")
    String registered_title(String kind, Long id);

    @Message("取件碼 {code}")
    String registered_code(String code);

    @Message("已通知收件人({channels})")
    String registered_notified(String channels);

    @Message("收件人沒有同意的通知管道:請致電告知取件碼。")
    String registered_phone();

    @Message("再登記一件")
    String register_another();

    @Message("查看")
    String view_item();

    @Message("收件時間")
    String col_received();

    @Message("收件人")
    String col_recipient();

    @Message("貨架")
    String col_shelf();

    @Message("狀態")
    String col_status();

    @Message("{days} 天")
    String days_waiting(long days);

    @Message("密封")
    String sealed();

    @Message("貨架 {shelf}")
    String shelf_label(String shelf);

    @Message("{kind} #{id}")
    String item_title(String kind, Long id);

    @Message("返回收發室")
    String back_to_mailroom();

    @Message("保管紀錄")
    String custody_title();

    @Message("交付")
    String handover_title();

    @Message("取件碼")
    String field_pickup_code();

    @Message("或核對證件(只記錄類型和末四碼)")
    String or_id_check();

    @Message("證件類型")
    String field_id_type();

    @Message("證件末四碼")
    String field_id_last4();

    @Message("領取人姓名")
    String field_received_by();

    @Message("領取人簽名")
    String field_signature();

    @Message("重簽")
    String signature_clear();

    @Message("確認交付")
    String handover_submit();

    @Message("取件碼不正確,還可以嘗試 {left} 次。")
    String wrong_code(int left);

    @Message("取件碼錯誤 {max} 次,已鎖定;請主管解鎖。")
    String locked_notice(int max);

    @Message("主管解鎖")
    String release_submit();

    @Message("退回寄件人")
    String return_submit();

    @Message("備註")
    String field_note();

    @Message("確認已收到")
    String acknowledge_submit();

    @Message("內部物品:由收件同事本人確認收到。")
    String acknowledge_hint();

    @Message("已於 {time} 交付給 {name}")
    String handed_over_to(String time, String name);

    @Message("物品照片")
    String photo_alt();

    @Message("領取人簽名")
    String signature_alt();

    @Message("超過 {days} 天未領取:請退回寄件人。")
    String return_due_notice(long days);

    @Message("代發文件與傳真")
    String outbound_title();

    @Message("登記代發")
    String outbound_register();

    @Message("最近沒有代發紀錄")
    String outbound_none();

    @Message("類別")
    String field_outbound_kind();

    @Message("委託住戶或單元")
    String field_resident();

    @Message("發送地址")
    String field_destination_address();

    @Message("傳真號碼")
    String field_fax_number();

    @Message("收件人")
    String field_recipient_name();

    @Message("收件方聯繫電話")
    String field_recipient_phone();

    @Message("頁數")
    String field_pages();

    @Message("費用(留空:傳真按收費標準)")
    String field_fee();

    @Message("登記")
    String outbound_submit();

    @Message("致電收件方確認")
    String confirm_title();

    @Message("已確認收到")
    String confirm_reached();

    @Message("未能聯絡")
    String confirm_not_reached();

    @Message("發往")
    String col_destination();

    @Message("費用")
    String col_fee();

    @Message("電話確認")
    String col_confirmation();

    @Message("{pages} 頁")
    String pages_count(int pages);

    @Message("{kind} {pages} 頁")
    String fee_note(String kind, int pages);

    @Message("信件")
    String kind_LETTER();

    @Message("包裹")
    String kind_PARCEL();

    @Message("文件")
    String kind_DOCUMENT();

    @Message("傳真")
    String kind_FAX();

    @Message("鑰匙")
    String kind_KEY();

    @Message("其他")
    String kind_OTHER();

    @Message("{#when status}{#is WAITING}待領取{#is LOCKED}已鎖定{#is HANDED_OVER}已交付{#is RETURN_DUE}待退回{#is RETURNED}已退回{/when}")
    String status(ItemStatus status);

    @Message("{#when action}{#is RECEIVED}收件{#is PHOTOGRAPHED}拍照{#is NOTIFIED}通知收件人{#is REMINDED}提醒領取{#is WRONG_CODE}取件碼錯誤{#is LOCKED}鎖定{#is RELEASED}解鎖{#is HANDED_OVER}交付{#is FLAGGED_FOR_RETURN}標記退回{#is RETURNED}退回寄件人{#is REGISTERED}登記{#is CONFIRMATION_CALL}電話確認{#is FEE_POSTED}費用入帳{/when}")
    String action(CustodyAction action);

    @Message("文件")
    String outbound_DOCUMENT();

    @Message("傳真")
    String outbound_FAX();

    @Message("未確認")
    String confirmation_PENDING();

    @Message("已確認")
    String confirmation_CONFIRMED();

    @Message("未能聯絡")
    String confirmation_NOT_REACHED();

    // A kind, an outbound kind and a confirmation are also named one by one (mailroom:kind_LETTER): stored texts
    // keep those keys.
    @Message("{#when kind}{#is LETTER}{mailroom:kind_LETTER}{#is PARCEL}{mailroom:kind_PARCEL}{#is DOCUMENT}{mailroom:kind_DOCUMENT}{#is FAX}{mailroom:kind_FAX}{#is KEY}{mailroom:kind_KEY}{#is OTHER}{mailroom:kind_OTHER}{/when}")
    String kind(ItemKind kind);

    @Message("{#when kind}{#is DOCUMENT}{mailroom:outbound_DOCUMENT}{#is FAX}{mailroom:outbound_FAX}{/when}")
    String outbound_kind(OutboundKind kind);

    @Message("{#when confirmation}{#is PENDING}{mailroom:confirmation_PENDING}{#is CONFIRMED}{mailroom:confirmation_CONFIRMED}{#is NOT_REACHED}{mailroom:confirmation_NOT_REACHED}{/when}")
    String confirmation(Confirmation confirmation);

    @Message("第 {count}/{max} 次")
    String detail_wrong_code(int count, int max);

    @Message("{name} · 取件碼")
    String detail_handed_over_code(String name);

    @Message("{name} · {type} 末四碼 {last4}")
    String detail_handed_over_id(String name, String type, String last4);

    @Message("收件同事確認收到")
    String detail_acknowledged();

    @Message("請選擇類別")
    String error_kind();

    @Message("找不到這位住戶")
    String error_unknown_resident();

    @Message("請選擇收件的住戶、單元或員工")
    String error_recipient_required();

    @Message("員工物品不可同時指定住戶或單元")
    String error_one_recipient();

    @Message("找不到這個員工帳號或部門")
    String error_unknown_staff();

    @Message("這位住戶不住在這個單元")
    String error_unit_of_resident();

    @Message("取件碼是 6 位數字")
    String error_pickup_code_format();

    @Message("請輸入取件碼,或核對證件")
    String error_code_or_id();

    @Message("請選擇證件類型")
    String error_id_type();

    @Message("請輸入證件末四碼(字母或數字)")
    String error_id_last4();

    @Message("此人不是收件人、同戶成員或收件人授權的代領人:未經收件人同意不得交付")
    String error_no_consent();

    @Message("簽名無法讀取,請重簽")
    String error_signature();

    @Message("不支援的狀態")
    String error_status();

    @Message("請選擇:文件或傳真")
    String error_outbound_kind();

    @Message("請選擇委託的住戶或單元")
    String error_sender_required();

    @Message("傳真號碼格式不正確")
    String error_fax_number();

    @Message("頁數需為 1 到 {max}")
    String error_pages(int max);

    @Message("費用需為 0 或正數")
    String error_fee();

    @Message("有費用時請選擇入帳的單元")
    String error_fee_needs_unit();

    @Message("物品目前「{status}」,不能這樣處理")
    String conflict_item(String status);

    @Message("內部物品由收件同事本人確認收到")
    String conflict_staff_item();

    @Message("這不是給員工的內部物品")
    String conflict_not_staff_item();

    @Message("物品沒有鎖定")
    String conflict_not_locked();

    @Message("已確認,無需再確認")
    String conflict_confirmed();

    @Message("其他平板剛更新了這筆紀錄,請重新整理")
    String conflict_changed();

    @Message("{company}:您有一件{kind}待領取")
    String notice_arrival_subject(String company, String kind);

    @Message("您有一件{kind}在客戶服務中心前台,取件碼 {code}。請攜帶取件碼或證件領取。")
    String notice_arrival_body(String kind, String code);

    @Message("{company}:提醒您領取{kind}")
    String notice_reminder_subject(String company, String kind);

    @Message("您的{kind}仍在客戶服務中心前台等您領取,取件碼 {code}。")
    String notice_reminder_body(String kind, String code);

    @Message("前台有您的{kind}")
    String notice_staff_subject(String kind);

    @Message("提醒:前台的{kind}仍待領取")
    String notice_staff_reminder_subject(String kind);

    @Message("{kind}:請到前台領取並確認收到(貨架 {shelf})。")
    String notice_staff_body(String kind, String shelf);

    @Message("收發室物品已鎖定")
    String notice_locked_subject();

    @Message("物品 #{id} 取件碼錯誤 {max} 次,已鎖定,待主管解鎖。")
    String notice_locked_body(Long id, int max);

    @Message("這位代領人已經登記")
    String error_proxy_exists();

    @Message("此代領授權已經撤回")
    String conflict_proxy_revoked();

    @Message("代領授權")
    String proxies_title();

    @Message("住戶授權的人可以代領住戶的物品(同住的家人無需授權)。住戶隨時可以撤回授權。")
    String proxies_intro();

    @Message("有效的授權")
    String proxies_in_force();

    @Message("已撤回的授權")
    String proxies_withdrawn();

    @Message("沒有有效的代領授權")
    String proxies_none();

    @Message("代領人姓名")
    String field_proxy_name();

    @Message("住戶如何授權(當面、電話、書面)")
    String field_consent_note();

    @Message("記錄授權")
    String proxy_add();

    @Message("{who} 於 {when} 記錄")
    String proxy_recorded(String who, String when);

    @Message("撤回原因")
    String field_revoke_reason();

    @Message("撤回授權")
    String proxy_revoke();

    @Message("{who} 於 {when} 撤回:{reason}")
    String proxy_revoked(String who, String when, String reason);

    @Message("{kind}逾期未領,請退回寄件人")
    String notice_return_due_subject(String kind);

    @Message("{kind} #{id} 超過 {days} 天沒有領取(貨架 {shelf}),請退回寄件人並在物品頁登記。")
    String notice_return_due_body(String kind, Long id, int days, String shelf);

    // --- Custody details stored as data (steward.web.StoredText) ---

    @Message("逾期 {days} 天未領")
    String detail_return_after(int days);

    @Message("第 {n} 次提醒")
    String detail_reminder(int n);
    @Message("已與收件方確認地址 {address}{#if fax}、傳真號碼 {fax}{/if}")
    String confirmed_destination(String address, String fax);

    @Message("致電收件方,確認地址 {address}{#if fax} 與傳真號碼 {fax}{/if}")
    String confirm_destination(String address, String fax);
}
