package steward.imports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of imports and exports, in traditional Chinese; messages/imports_zh-Hans.properties and
 * imports_en.properties translate them. Column headings are also what an uploaded file's heading row is matched
 * against, in any of the three languages.
 */
@MessageBundle(value = "imports", locale = "zh-Hant")
public interface ImportMessages {

    @Message("匯入與匯出")
    String nav_imports();

    @Message("匯入與匯出")
    String title();

    @Message("從公司現有的試算表建立本小區的單元、住戶與期初欠費:先下載範本,填好後上傳檢查;每一列都檢查無誤後,再確認匯入。同一個檔案重複匯入,只會更新有變更的資料,不會重複。")
    String intro();

    @Message("{#when kind}{#is UNITS}單元{#is RESIDENTS}住戶{#is OPENING_BALANCES}期初欠費{/when}")
    String kind(ImportKind kind);

    @Message("{#when kind}{#is UNITS}每列一個單元。樓棟須已在小區頁建立,或勾選下方「建立檔案中的新樓棟」。{#is RESIDENTS}每列一位住戶;單元須已匯入,多個單元以「;」分隔,多支電話亦同。姓名加電話或單元相同者視為同一人,只更新有變更的欄位。{#is OPENING_BALANCES}舊系統帶過來的未繳費用,每列一筆:單元、收費項目、期別(年月)、金額、繳費期限。匯入後與其他費用一樣依繳費期限計算帳齡、提醒與催收。{/when}")
    String kind_hint(ImportKind kind);

    @Message("{#when column}{#is BUILDING}樓棟{#is UNIT}單元{#is FLOOR}樓層{#is AREA}面積(平方公尺){#is UNIT_KIND}類型{#is NAME}姓名{#is RESIDENT_KIND}身分{#is UNITS}單元{#is PHONES}電話{#is EMAIL}電子郵件{#is LANGUAGE}通知語言{#is CONSENT_SMS}同意簡訊通知{#is CONSENT_EMAIL}同意電子郵件通知{#is CONSENT_DATE}同意日期{#is CONSENT_HOW}同意方式{#is MOVED_IN}遷入日期{#is ITEM}收費項目{#is PERIOD}期別{#is AMOUNT}金額{#is DUE_DATE}繳費期限{/when}")
    String column(ImportColumn column);

    @Message("{#when reason}"
            + "{#is ENCODING_UNKNOWN}{#if argument == '?'}這個檔案不是 UTF-8 也不是 Big5 (CP950) 編碼{#else}這個檔案的編碼是 {argument},無法正確讀取{/if}:請在 Excel 另存為「CSV UTF-8(逗號分隔)」或 Excel 活頁簿 (.xlsx) 再上傳"
            + "{#is XLSX_AS_CSV}這是 Excel 活頁簿 (.xlsx),請以 Excel 格式上傳,或另存為 CSV"
            + "{#is OLD_XLS}這是舊版 Excel 97-2003 (.xls) 檔案:請另存為 Excel 活頁簿 (.xlsx) 或 CSV UTF-8"
            + "{#is CSV_MALFORMED}引號沒有成對,從這一列起無法讀取"
            + "{#is NOT_XLSX}無法讀取為 Excel 活頁簿 (.xlsx)"
            + "{#is FILE_TOO_LARGE}檔案過大(上限 {argument})"
            + "{#is EMPTY_FILE}檔案沒有標題列或沒有資料"
            + "{#is MISSING_COLUMN}第一列缺少「{column}」這一欄"
            + "{#is DUPLICATE_COLUMN}「{column}」這一欄出現兩次"
            + "{#is REQUIRED}必填"
            + "{#is TOO_LONG}超過 {argument} 個字"
            + "{#is UNIT_LABEL_INVALID}不是有效的單元名稱(如 5棟2單元502),且不可含「;」「、」"
            + "{#is UNKNOWN_BUILDING}本小區沒有「{argument}」這棟樓:請先在小區頁新增,或勾選「建立檔案中的新樓棟」"
            + "{#is BUILDING_CLOSED}「{argument}」已停用"
            + "{#is UNKNOWN_UNIT}本小區沒有「{argument}」這個單元:請先匯入單元"
            + "{#is UNIT_CLOSED}「{argument}」所在的樓棟已停用"
            + "{#is ID_NUMBER}這是完整的身分證或居留證號碼:本系統不保存證件號碼,請刪除"
            + "{#is PHONE_INVALID}不是有效的電話號碼"
            + "{#is EMAIL_INVALID}不是有效的電子郵件地址"
            + "{#is DATE_INVALID}不是存在的日期(請寫成 2026-03-31)"
            + "{#is NUMBER_INVALID}須為樓層數字(如 12、B1)"
            + "{#is AREA_INVALID}須為大於 0、至多 99999.99 的數字"
            + "{#is AMOUNT_INVALID}須為大於 0 的金額(如 1,200)"
            + "{#is PERIOD_INVALID}須為年月(如 2026-03)"
            + "{#is CHOICE_INVALID}請填:{argument}"
            + "{#is YES_NO_INVALID}請填「是」或「否」"
            + "{#is TOO_MANY_PHONES}電話最多 5 支"
            + "{#is DATE_IN_FUTURE}不可晚於今天"
            + "{#is DUPLICATE_ROW}與第 {argument} 列重複"
            + "{#is AMBIGUOUS_RESIDENT}本小區有 {argument} 位同名住戶都符合,無法判斷是哪一位:請在住戶檔案中修改"
            + "{#is BALANCE_DIFFERS}這一期已匯入過,金額或期限不同(原為 {argument}):已入帳的費用不會更改,請由收費處更正"
            + "{#is ALREADY_CHARGED}本系統已收取此單元這一期的這項費用,不可重複"
            + "{#is SAMPLE_ROW}這是範本的範例列:請刪除或換成實際資料"
            + "{#is UNEXPECTED}無法處理這個檔案:請稍後再上傳一次,若仍不行請聯絡系統管理員"
            + "{#is CHANGED_MEANWHILE}檢查後資料已被他人變更:請重新上傳檢查"
            + "{/when}")
    String reason(ImportReason reason, String argument, String column);

    @Message("{#when kind}{#is RESIDENTIAL}住宅{#is SHOP}店面{#is PARKING_SPACE}車位{#is STORAGE}儲藏室{/when}")
    String unit_kind(steward.resident.UnitKind kind);

    @Message("{#when how}{#is IN_WRITING}書面{#is IN_PERSON}當面{#is BY_PHONE}電話{#is BY_EMAIL}電子郵件{#is EARLIER_RECORDS}舊有紀錄{/when}")
    String consent_how(steward.resident.ConsentMethod how);

    @Message("{#when state}{#is CHECKING}檢查中{#is CHECKED}已檢查{#is WRITING}匯入中{#is DONE}已匯入{#is FAILED}無法讀取{#is EXPIRED}已過期{/when}")
    String state(ImportState state);

    @Message("範本")
    String template();

    @Message("CSV 範本")
    String template_csv();

    @Message("Excel 範本")
    String template_xlsx();

    @Message("檔案(CSV 或 Excel .xlsx,最大 {size})")
    String file(String size);

    @Message("建立檔案中的新樓棟")
    String create_buildings();

    @Message("上傳並檢查")
    String check();

    @Message("匯出")
    String export_title();

    @Message("匯出的檔案可直接修改後重新匯入,只會更新有變更的資料。檔案含住戶的完整電話,請妥善保管;每次匯出都記錄在稽核紀錄。")
    String export_hint();

    @Message("{kind} CSV")
    String export_csv(String kind);

    @Message("{kind} Excel")
    String export_xlsx(String kind);

    @Message("最近的匯入")
    String recent();

    @Message("尚無匯入紀錄")
    String no_imports();

    @Message("{kind}匯入")
    String job_title(String kind);

    @Message("檔案「{name}」")
    String file_name(String name);

    @Message("編碼 {encoding}")
    String file_encoding(String encoding);

    @Message("{name} 於 {time} 上傳")
    String uploaded_by(String name, String time);

    @Message("已檢查 {rows} 列")
    String rows_checked(int rows);

    @Message("已寫入 {rows} / {total} 列")
    String rows_written(int rows, int total);

    @Message("約剩 {minutes} 分 {seconds} 秒")
    String time_left(long minutes, int seconds);

    @Message("正在估計剩餘時間")
    String time_left_unknown();

    @Message("可以離開此頁,稍後從「匯入與匯出」回來查看。")
    String leave_hint();

    @Message("共 {rows} 列:可匯入 {accepted} 列,退回 {refused} 列")
    String summary(int rows, int accepted, int refused);

    @Message("確認後將新增 {created} 筆、更新 {updated} 筆,{unchanged} 筆沒有變更")
    String plan(int created, int updated, int unchanged);

    @Message("已匯入:新增 {created} 筆、更新 {updated} 筆,{unchanged} 筆沒有變更")
    String done(int created, int updated, int unchanged);

    @Message("退回的資料")
    String refused_title();

    @Message("請修改檔案後重新上傳。全部通過檢查之前,不會寫入任何資料。")
    String refused_hint();

    @Message("列")
    String col_line();

    @Message("欄")
    String col_column();

    @Message("原因")
    String col_reason();

    @Message("另有 {count} 項未列出")
    String more_refused(int count);

    @Message("確認匯入 {rows} 列")
    String confirm(int rows);

    @Message("確認後整個檔案一次寫入:任何一列無法寫入,就全部不寫入。")
    String confirm_hint();

    @Message("重新上傳")
    String upload_again();

    @Message("未使用的欄位:{names}")
    String ignored_columns(String names);

    @Message("檔案已超過保存期限而刪除,請重新上傳。")
    String expired_hint();

    @Message("請選擇要上傳的檔案")
    String error_file();

    @Message("請選擇要匯入的資料")
    String error_kind();

    @Message("檔案超過上限 {size}")
    String error_too_large(String size);

    @Message("這次匯入已在進行或已完成")
    String conflict_state();

    @Message("查看")
    String open();

    @Message("、")
    String list_separator();

    @Message("小區")
    String site();

    @Message("顯示")
    String show();

    @Message("上傳時間")
    String col_time();

    @Message("資料")
    String col_kind();

    @Message("檔案")
    String col_file();

    @Message("狀態")
    String col_state();

    @Message("列數")
    String col_rows();

    @Message("匯入")
    String action_IMPORT();

    @Message("匯入住戶資料")
    String action_IMPORT_RESIDENT();

    @Message("匯出小區資料")
    String action_EXPORT_SITE_DATA();
}
