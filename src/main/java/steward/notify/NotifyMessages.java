package steward.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the outbox and the banner; messages/notify_zh-Hans.properties and notify_en.properties translate. */
@MessageBundle(value = "notify", locale = "zh-Hant")
public interface NotifyMessages {

    @Message("通知紀錄")
    String nav_outbox();

    @Message("通知紀錄")
    String outbox_title();

    @Message("郵件為模擬寄送:不會離開本機,內容只顯示在這裡。")
    String outbox_mock_notice();

    @Message("沒有通知")
    String outbox_empty();

    @Message("全部")
    String filter_all();

    @Message("建立時間")
    String col_created();

    @Message("收件人")
    String col_recipient();

    @Message("管道")
    String col_channel();

    @Message("內容")
    String col_message();

    @Message("狀態")
    String col_state();

    @Message("嘗試次數")
    String col_attempts();

    @Message("下次嘗試")
    String col_next_attempt();

    @Message("{#when state}{#is PENDING}待寄送{#is SENT}已送達{#is FAILED}失敗,將重試{#is DEAD}已放棄{#is WITHDRAWN}已撤回,未寄出{/when}")
    String state(NotificationState state);

    @Message("{#when channel}{#is IN_APP}系統提示{#is EMAIL}電子郵件{#is SMS}短訊{/when}")
    String channel(NotificationChannel channel);

    @Message("提醒")
    String banner_label();

    @Message("{count} 則通知多次寄送失敗,已停止重試,請查看")
    String banner_dead(long count);
}
