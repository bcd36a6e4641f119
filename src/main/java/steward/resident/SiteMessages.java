package steward.resident;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the site, building and unit pages; messages/sites_zh-Hans.properties and sites_en.properties translate them. */
@MessageBundle(value = "sites", locale = "zh-Hant")
public interface SiteMessages {

    @Message("小區設定")
    String nav_sites();

    @Message("樓棟與單位")
    String nav_units();

    @Message("小區設定")
    String sites_title();

    @Message("公司自己設定小區:代碼、名稱、問候語中的公司名稱、時區、幣別、電話地區與服務台電話,以及小區自己的設定。有紀錄的小區不會刪除,只能停用。")
    String sites_rule();

    @Message("還沒有小區。")
    String no_sites();

    @Message("代碼")
    String code();

    @Message("名稱")
    String name();

    @Message("規模")
    String counts_heading();

    @Message("狀態")
    String state();

    @Message("{buildings} 棟 · {units} 戶 · {residents} 位住戶")
    String counts(long buildings, long units, long residents);

    @Message("已停用")
    String closed();

    @Message("使用中")
    String open();

    @Message("新增小區")
    String new_site();

    @Message("其他設定(保存期限、提醒、下班時間)先採用公司的預設值,建立後可在小區頁面修改。")
    String new_site_hint();

    @Message("建立小區")
    String create();

    @Message("{#when field}{#is 'code'}代碼{#is 'name'}小區名稱{#is 'address'}地址{#is 'companyName'}問候語中的公司名稱{#is 'timeZone'}時區{#is 'currency'}幣別{#is 'phoneRegion'}電話地區{#is 'deskPhone'}服務台電話{#is 'visitorRetentionDays'}訪客紀錄保存天數{#is 'callerRetentionDays'}來電者資料保存天數{#is 'inquirerRetentionDays'}諮詢者資料保存天數{#is 'notificationRetentionDays'}已發通知保存天數{#is 'deskDayEndsAt'}服務台下班時間{#is 'mailroomFirstReminderDays'}郵件首次提醒(天){#is 'mailroomReminderIntervalDays'}郵件再次提醒間隔(天){#is 'mailroomReturnAfterDays'}郵件退回期限(天){#is 'arrearsMonthlyCap'}每月催繳提醒上限{#is 'arrearsQuietFrom'}勿擾開始{#is 'arrearsQuietUntil'}勿擾結束{#is 'answerWithinSeconds'}接聽標準(秒){#is 'missedCallbackMinutes'}未接來電回電期限(分鐘){#else}{field}{/when}")
    String field(String field);

    @Message("{#when field}{#is 'code'}小寫英數字與連字號,如 north-park;單一登入以此辨識小區{#is 'companyName'}電話問候語:「您好,好管家物業」{#is 'timeZone'}如 Asia/Taipei{#is 'currency'}ISO 4217,如 TWD{#is 'phoneRegion'}未加國碼的號碼屬於此地區,如 TW{#is 'deskPhone'}如 02 2345 6789{#is 'deskDayEndsAt'}此時間後仍在訪的訪客會提醒晚班{#is 'arrearsQuietFrom'}此時段內不發提醒給住戶{#is 'arrearsQuietUntil'}兩者相同表示不設勿擾{#is 'answerWithinSeconds'}電話響三聲內接聽,約 15 秒(電話系統量測){#else}{/when}")
    String field_hint(String field);

    @Message("回到小區設定")
    String back_to_sites();

    @Message("樓棟與單位")
    String buildings_and_units();

    @Message("小區資料與設定")
    String details_and_settings();

    @Message("小區自己的設定")
    String settings();

    @Message("新小區從環境變數的預設值開始;之後改環境變數不會影響已有的小區。")
    String settings_hint();

    @Message("儲存")
    String save();

    @Message("重新啟用")
    String reopen_title();

    @Message("停用小區")
    String close_title();

    @Message("自 {time} 起停用:紀錄保留,沒有人在此工作。")
    String closed_since(String time);

    @Message("重新啟用小區")
    String reopen();

    @Message("停用後紀錄全部保留,員工不能再在此小區工作,也不再收費或發提醒。可以重新啟用。")
    String close_hint();

    @Message("停用小區")
    String close();

    @Message("切換小區")
    String choose_title();

    @Message("這台平板之後都在所選的小區工作。")
    String choose_hint();

    @Message("同一小區內單位名稱不可重複:空白與全形數字不影響比對(「5棟 2單元 502」就是「5棟2單元502」)。有紀錄的樓棟與單位不刪除,只能停用。")
    String units_rule();

    @Message("樓棟")
    String buildings();

    @Message("{count} 戶")
    String unit_count(long count);

    @Message("還沒有樓棟,請先新增。")
    String no_buildings();

    @Message("樓棟名稱")
    String building_name();

    @Message("更名")
    String rename();

    @Message("停用樓棟")
    String close_building();

    @Message("樓棟內的單位都停用後才能停用樓棟。")
    String close_building_hint();

    @Message("此樓棟還沒有單位。")
    String no_units();

    @Message("單位")
    String unit_label();

    @Message("樓層")
    String floor();

    @Message("面積(平方公尺)")
    String area();

    @Message("用途")
    String kind();

    @Message("{#when kind}{#is RESIDENTIAL}住宅{#is SHOP}店面{#is PARKING_SPACE}車位{#is STORAGE}儲藏室{/when}")
    String unit_kind(steward.resident.UnitKind kind);

    @Message("新增單位")
    String new_unit();

    @Message("先新增樓棟,再新增單位。")
    String new_unit_needs_building();

    @Message("照大家說的寫,如 5棟2單元502")
    String unit_label_hint();

    @Message("樓棟")
    String building();

    @Message("新增單位")
    String add_unit();

    @Message("新增樓棟")
    String new_building();

    @Message("新增樓棟")
    String add_building();

    @Message("住戶")
    String occupants();

    @Message("目前沒有住戶。")
    String no_occupants();

    @Message("新增住戶到此單位")
    String add_resident_here();

    @Message("過戶")
    String owner_change();

    @Message("一次完成:原屋主當天遷出,新屋主當天遷入。單位的帳戶與欠費留在單位。")
    String owner_change_hint();

    @Message("過戶日期")
    String owner_change_date();

    @Message("新屋主")
    String new_owner();

    @Message("新住戶(填寫下列資料)")
    String someone_new();

    @Message("完成過戶")
    String owner_change_submit();

    @Message("修改單位")
    String edit_unit();

    @Message("停用單位")
    String close_unit();

    @Message("住戶都遷出後才能停用;停用後不再收費,帳戶、欠費與紀錄保留。")
    String close_unit_hint();

    @Message("{#when action}{#is 'CREATE_SITE'}建立小區{#is 'UPDATE_SITE'}修改小區{#is 'CLOSE_SITE'}停用小區{#is 'REOPEN_SITE'}重新啟用小區{#is 'CREATE_BUILDING'}新增樓棟{#is 'UPDATE_BUILDING'}修改樓棟{#is 'CLOSE_BUILDING'}停用樓棟{#is 'CREATE_UNIT'}新增單位{#is 'UPDATE_UNIT'}修改單位{#is 'CLOSE_UNIT'}停用單位{#is 'UPDATE_RESIDENT'}修改住戶資料{#is 'MOVE_IN'}住戶遷入{#is 'MOVE_OUT'}住戶遷出{#is 'CHANGE_OWNER'}過戶{#else}{action}{/when}")
    String action(String action);
}
