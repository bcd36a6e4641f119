package steward.calendar;

import java.time.DayOfWeek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the working calendar; messages/calendar_zh-Hans.properties and calendar_en.properties translate them. */
@MessageBundle(value = "calendar", locale = "zh-Hant")
public interface CalendarMessages {

    @Message("工作時間")
    String nav_calendar();

    @Message("工作時間與假日")
    String title();

    @Message("答應客戶「幾小時內」時,到期時間只算工作時間;非工作時間逾期的承諾先通知值班人員,上班時再通知負責人。")
    String rule();

    @Message("這個小區尚未設定工作時間:全天候計算。")
    String not_configured();

    @Message("{#when day}{#is MONDAY}星期一{#is TUESDAY}星期二{#is WEDNESDAY}星期三{#is THURSDAY}星期四{#is FRIDAY}星期五{#is SATURDAY}星期六{#is SUNDAY}星期日{/when}")
    String weekday(DayOfWeek day);

    @Message("每週工作時間")
    String hours_title();

    @Message("時段一")
    String first_stretch();

    @Message("時段二(如午休後)")
    String second_stretch();

    @Message("開始")
    String opens();

    @Message("結束")
    String closes();


    @Message("承諾統計以工作時間計算(非工作時間到期者,到下一個工作時刻前兌現都算準時)")
    String counts_working_time();

    @Message("儲存工作時間")
    String save_hours();

    @Message("假日與補行上班日")
    String days_title();

    @Message("日期")
    String date();

    @Message("名稱")
    String name();

    @Message("補行上班(比照星期一)")
    String working_day();

    @Message("放假")
    String holiday();

    @Message("新增")
    String add_day();

    @Message("刪除")
    String remove_day();

    @Message("沒有假日")
    String no_days();

    @Message("從檔案匯入")
    String import_title();

    @Message("CSV 檔:行政院人事行政總處「辦公日曆表」(西元日期,星期,是否放假,備註),或每行「日期,名稱」(第三欄填「補班」為補行上班日)。先檢查,確認無誤再匯入;重複匯入不會重複。")
    String import_hint();

    @Message("檔案")
    String file();

    @Message("檢查")
    String dry_run();

    @Message("匯入")
    String run_import();

    @Message("{#if dryRun}檢查結果(尚未寫入){#else}已匯入{/if}:新增 {added} 天,更改 {changed} 天,不變 {unchanged} 天,略過 {refused} 行。")
    String import_result(boolean dryRun, int added, int changed, int unchanged, int refused);

    @Message("第 {line} 行:{reason}")
    String refused_line(int line, String reason);

    @Message("{#when reason}{#is DATE}日期看不懂(例如 2026-10-10 或 20261010){#is KIND}第三欄只能是放假或補班{#is NAME}名稱太長(最多 100 字){#is DUPLICATE}同一天出現兩次{#is EMPTY}檔案是空的{#is TOO_MANY}一次最多 1000 行{/when}")
    String refused_reason(CalendarService.Refusal reason);

    @Message("現在是工作時間")
    String working_now();

    @Message("現在不是工作時間;下一個工作時刻:{at}")
    String not_working_now(String at);

    @Message("請先設定每週工作時間,再匯入假日")
    String conflict_no_hours();

    @Message("{hours} 小時內")
    String within_hours(int hours);

    @Message("依工作時間")
    String by_working_time();

    @Message("快速選擇")
    String quick_picks();
}
