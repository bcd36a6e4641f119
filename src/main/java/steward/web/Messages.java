package steward.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import steward.privacy.IdDocument;

/**
 * Every word the desk shows, in traditional Chinese here; {@code messages/msg_zh-Hans.properties} and
 * {@code messages/msg_en.properties} translate them. The seed's standard phrases live here, never in templates.
 */
@MessageBundle(value = "msg", locale = "zh-Hant")
public interface Messages {

    @Message("Steward 物業服務台")
    String app_name();

    @Message("登入")
    String login_title();

    @Message("帳號")
    String login_username();

    @Message("密碼")
    String login_password();

    @Message("登入")
    String login_submit();

    @Message("帳號或密碼不正確,請再試一次。")
    String login_failed();

    @Message("使用公司帳號登入")
    String login_sso();

    @Message("登出")
    String logout();

    @Message("首頁")
    String nav_home();

    @Message("住戶")
    String nav_residents();

    @Message("稽核紀錄")
    String nav_audit();

    @Message("語言")
    String language();

    @Message("繁體中文")
    String lang_zh_Hant();

    @Message("简体中文")
    String lang_zh_Hans();

    @Message("English")
    String lang_en();

    @Message("您好,{name}")
    String home_hello(String name);

    @Message("您的帳號尚未指派任何小區,請聯絡系統管理員。")
    String home_no_site();

    @Message("尋找住戶")
    String residents_title();

    @Message("姓名、電話末四碼或單元")
    String residents_search_placeholder();

    @Message("輸入姓名(如 王、陳大文、cdw)、電話末四碼或單元(如 3棟2單元502)")
    String residents_search_hint();

    @Message("找不到符合「{query}」的住戶")
    String residents_none(String query);

    @Message("找到 {count} 位住戶")
    String residents_count(int count);

    @Message("住戶檔案")
    String resident_file();

    @Message("姓名")
    String resident_name();

    @Message("身分")
    String resident_kind();

    @Message("單元")
    String resident_units();

    @Message("電話")
    String resident_phones();

    @Message("電子郵件")
    String resident_email();

    @Message("慣用語言")
    String resident_language();

    @Message("同意簡訊通知")
    String resident_consent_sms();

    @Message("同意電子郵件通知")
    String resident_consent_email();

    @Message("遷入日期")
    String resident_moved_in();

    @Message("遷出日期")
    String resident_moved_out();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("業主")
    String kind_OWNER();

    @Message("租戶")
    String kind_TENANT();

    @Message("家庭成員")
    String kind_HOUSEHOLD();

    @Message("客戶檔案保密:查看完整號碼須說明原因,並記錄於稽核紀錄。")
    String reveal_notice();

    @Message("查看原因")
    String reveal_reason();

    @Message("顯示完整號碼")
    String reveal_submit();

    @Message("此檔案的查閱已記錄。")
    String resident_view_recorded();

    @Message("返回搜尋")
    String back_to_search();

    @Message("時間")
    String audit_time();

    @Message("人員")
    String audit_actor();

    @Message("動作")
    String audit_action();

    @Message("住戶")
    String audit_resident();

    @Message("原因")
    String audit_reason();

    @Message("查閱住戶檔案")
    String action_VIEW_RESIDENT();

    @Message("查看完整電話")
    String action_REVEAL_PHONE();

    @Message("新增住戶")
    String action_CREATE_RESIDENT();

    @Message("刪除逾期訪客紀錄")
    String action_PURGE_VISITS();

    @Message("刪除或匿名化逾期個人資料")
    String action_RETENTION_PURGE();

    @Message("匯出住戶資料")
    String action_EXPORT_RESIDENT();

    @Message("刪除住戶個人資料")
    String action_ERASE_RESIDENT();

    @Message("匯出稽核紀錄")
    String action_EXPORT_AUDIT();

    @Message("詳情")
    String audit_detail();

    @Message("所有動作")
    String audit_any_action();

    @Message("自")
    String audit_from();

    @Message("至")
    String audit_to();

    @Message("住戶編號")
    String audit_resident_id();

    @Message("篩選")
    String audit_filter();

    @Message("清除篩選")
    String audit_clear();

    @Message("匯出 CSV")
    String audit_export_csv();

    @Message("住戶資料(匯出/刪除)")
    String resident_privacy();

    @Message("代領授權")
    String resident_mail_proxies();

    @Message("請輸入日期,例如 2026-11-27")
    String error_date();

    @Message("請輸入日期與時間,例如 2026-11-27 14:30")
    String error_date_time();

    @Message("請從清單中選擇")
    String error_choice();

    @Message("請輸入數字")
    String error_number();

    @Message("尚無紀錄")
    String audit_empty();

    @Message("您沒有權限使用這個頁面")
    String error_forbidden_title();

    @Message("這個頁面屬於其他職務。如需使用,請聯絡主管。")
    String error_forbidden_text();

    @Message("找不到這筆資料")
    String error_not_found_title();

    @Message("資料可能已刪除,或不屬於您的小區。")
    String error_not_found_text();

    @Message("無法完成這個動作")
    String error_conflict_title();

    @Message("系統暫時無法處理,請稍後再試。")
    String error_server();

    @Message("系統暫時無法使用")
    String error_unavailable_title();

    @Message("資料庫暫時連不上,您的操作沒有完成。請稍候一兩分鐘再試;已完成的收費與紀錄都不受影響。")
    String error_unavailable_text();

    @Message("請填寫此欄位")
    String error_required();

    @Message("不可超過 {max} 個字")
    String error_too_long(int max);

    @Message("電話號碼格式不正確")
    String error_phone();

    @Message("電子郵件格式不正確")
    String error_email();

    @Message("找不到這個單元")
    String error_unknown_unit();

    @Message("請選擇:業主、租戶或家庭成員")
    String error_kind();

    @Message("請至少填寫 2 個字的原因")
    String error_reason();

    @Message("不支援的語言")
    String error_language();

    @Message("約定時間已過,請選擇之後的時間")
    String error_due_in_past();

    @Message("約定時間須在一年之內")
    String error_due_too_far();

    @Message("照片是空的")
    String error_photo_empty();

    @Message("照片不可超過 5 MB")
    String error_photo_too_large();

    @Message("只接受 JPEG、PNG 或 WebP 照片")
    String error_photo_type();

    @Message("照片已損壞或不完整")
    String error_photo_unreadable();

    // --- The navigation, grouped by work (web.NavGroup), and the account menu ---

    @Message("前台接待")
    String nav_group_desk();

    @Message("客戶服務")
    String nav_group_service();

    @Message("收費")
    String nav_group_cashier();

    @Message("主管")
    String nav_group_supervision();

    @Message("系統管理")
    String nav_group_administration();

    @Message("工作分區")
    String nav_groups_label();

    @Message("帳號與語言")
    String account_menu();

    @Message("跳到主要內容")
    String skip_to_content();

    @Message("📷 拍照或選擇照片")
    String photo_choose();

    @Message("尚未選擇照片")
    String photo_none();

    @Message("📄 選擇檔案")
    String file_choose();

    @Message("尚未選擇檔案")
    String file_none();
    // The seed's manner with customers (三(一)2, 4, 5), shown where staff meet them.

    @Message("與客戶溝通時,起身站立、身體略微前傾、眼望對方,面帶微笑,耐心傾聽,並點頭致意表示認真傾聽。")
    String conduct_listen();

    @Message("辦事講究方法,做到條理清晰,不急不躁。")
    String conduct_method();

    @Message("「先生/小姐,再見!」「歡迎您再來。」")
    String phrase_customer_farewell();

    /** The document the desk checked, wherever it is named: a parcel handed over, a card issued, a deposit. */
    @Message("{#when document}{#is NATIONAL_ID}身分證{#is RESIDENT_PERMIT}居留證{#is PASSPORT}護照{#is DRIVING_LICENCE}駕照{#is OTHER}其他證件{/when}")
    String id_document(IdDocument document);
}
