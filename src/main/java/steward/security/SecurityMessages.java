package steward.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of signing in, sessions, staff accounts, refused requests and the audit trail's security events in
 * traditional Chinese; {@code messages/security_zh-Hans.properties} and {@code messages/security_en.properties}
 * translate them.
 */
@MessageBundle(value = "security", locale = "zh-Hant")
public interface SecurityMessages {

    @Message("登入失敗次數過多,這個帳號在這部裝置已暫時鎖定。請 {minutes} 分鐘後再試,或請主管協助。")
    String signin_locked(long minutes);

    @Message("現在登入的人太多,請稍候幾秒再試一次。")
    String signin_busy();

    @Message("登入失敗過多,暫時鎖定")
    String action_SIGN_IN_LOCKED();

    @Message("{failures} 次登入失敗,來自 {address};鎖定至 {until}")
    String detail_locked(int failures, String address, String until);

    @Message("所有位址共 {failures} 次登入失敗;全面鎖定至 {until}")
    String detail_locked_everywhere(int failures, String until);
    @Message("解除登入鎖定")
    String action_SIGN_IN_UNLOCKED();

    @Message("新增員工帳號")
    String action_STAFF_CREATED();

    @Message("修改員工帳號")
    String action_STAFF_UPDATED();

    @Message("停用員工帳號")
    String action_STAFF_DISABLED();

    @Message("重新啟用員工帳號")
    String action_STAFF_ENABLED();

    @Message("重設密碼")
    String action_STAFF_PASSWORD_RESET();

    @Message("變更自己的密碼")
    String action_PASSWORD_CHANGED();

    @Message("結束其他裝置的登入")
    String action_SESSIONS_ENDED();

    // --- Refused requests (CSRF and the like)

    @Message("無法處理這個表單")
    String forgery_not_a_form_title();

    @Message("送來的資料不是表單格式。請回到頁面重新送出。")
    String forgery_not_a_form_text();

    @Message("不接受其他網站送來的操作")
    String forgery_other_site_title();

    @Message("這個操作來自其他網站,已被拒絕。請直接在 Steward 的頁面上操作。")
    String forgery_other_site_text();

    @Message("頁面已過期")
    String forgery_no_token_title();

    @Message("Requests signed in by the session cookie must send the X-CSRF-TOKEN header with the token of the csrf-token cookie (HTTP Basic and bearer clients need none).")
    String forgery_no_token_api();

    @Message("這個頁面已過期,請重新整理後再操作一次。")
    String forgery_no_token_text();

    // --- Staff accounts (administrators)

    @Message("員工帳號")
    String staff_title();

    @Message("新增帳號")
    String staff_new();

    @Message("本公司小區的員工帳號。停用帳號會立即結束它所有的登入;重設密碼後,同事下次登入時須自行設定新密碼。")
    String staff_hint();

    @Message("還沒有員工帳號。")
    String staff_none();

    @Message("姓名")
    String staff_display_name();

    @Message("帳號")
    String staff_username();

    @Message("帳號只能用小寫英文字母、數字及 . _ - @,以字母或數字開頭,建立後不能更改。")
    String staff_username_hint();

    @Message("登入方式")
    String staff_sign_in();

    @Message("角色")
    String staff_roles();

    @Message("小區")
    String staff_sites();

    @Message("狀態")
    String staff_status();

    @Message("電子郵件")
    String staff_email();

    @Message("電話")
    String staff_phone();

    @Message("初始密碼")
    String staff_initial_password();

    @Message("公司帳號(單一登入)")
    String staff_single_sign_on();

    @Message("密碼")
    String staff_password();

    @Message("{#when role}{#is 'desk'}前台{#is 'service'}客服{#is 'cashier'}收費{#is 'supervisor'}主管{#is 'admin'}系統管理員{#else}{role}{/when}")
    String role(String role);

    @Message("使用中")
    String staff_enabled();

    @Message("已停用")
    String staff_disabled();

    @Message("登入已鎖定")
    String staff_locked_out();

    @Message("鎖定至")
    String staff_locked_until();

    @Message("待設定新密碼")
    String staff_password_pending();

    @Message("員工帳號")
    String staff_account();

    @Message("儲存")
    String staff_save();

    @Message("建立帳號")
    String staff_create();

    @Message("停用帳號")
    String staff_disable();

    @Message("重新啟用")
    String staff_enable();

    @Message("重設密碼")
    String staff_reset_password();

    @Message("解除登入鎖定")
    String staff_unlock();

    @Message("停用的帳號不能登入,所有已登入的裝置立即登出;紀錄都會保留。最後一位系統管理員不能停用。")
    String staff_disable_hint();

    @Message("臨時密碼如下,只顯示這一次。請當面交給同事;他下次登入時須設定自己的新密碼。")
    String staff_temporary_password_given();

    @Message("這個帳號經由公司的身分提供者登入({provider}):角色與小區來自它的登入憑證,每次登入時更新,無法在這裡修改。")
    String staff_from_identity_provider(String provider);

    @Message("已有帳號使用這個名稱")
    String staff_username_taken();

    @Message("單一登入帳號的角色與小區來自公司的身分提供者,請在那裡修改")
    String staff_single_sign_on_from_token();

    @Message("單一登入帳號沒有 Steward 的密碼,請在公司的身分提供者重設")
    String staff_single_sign_on_password();

    @Message("不能停用自己的帳號")
    String staff_not_yourself();

    @Message("只能指派您負責的小區")
    String staff_site_not_yours();

    @Message("至少要保留一位使用中的系統管理員")
    String staff_last_admin();

    // --- My account: password and sessions

    @Message("我的帳號")
    String me_title();

    @Message("變更密碼")
    String password_change();

    @Message("目前的密碼")
    String password_current();

    @Message("新密碼")
    String password_new();

    @Message("再輸入一次新密碼")
    String password_confirm();

    @Message("儲存新密碼")
    String password_save();

    @Message("密碼至少 12 個字元,不可包含帳號名稱。")
    String password_rule();

    @Message("目前的密碼不正確")
    String password_current_wrong();

    @Message("新密碼不能和目前的密碼相同")
    String password_same();

    @Message("兩次輸入的新密碼不一樣")
    String password_confirm_differs();

    @Message("請先設定新密碼")
    String password_change_first_title();

    @Message("The password was reset by an administrator: set a new one with PUT /api/v1/me/password first.")
    String password_change_first_api();

    @Message("系統管理員已重設您的密碼。請先設定您自己的新密碼,才能繼續使用。")
    String password_change_first_text();

    @Message("登入中的裝置")
    String me_sessions();

    @Message("您的帳號目前登入的裝置。不認得的裝置,請結束它的登入並變更密碼。")
    String me_sessions_hint();

    @Message("裝置")
    String session_device();

    @Message("位址")
    String session_address();

    @Message("登入時間")
    String session_started();

    @Message("最近使用")
    String session_last_seen();

    @Message("這部裝置")
    String session_this_device();

    @Message("結束登入")
    String session_end();

    @Message("結束其他所有裝置的登入")
    String session_end_others();

    // --- What users type

    @Message("不可包含控制字元")
    String text_control_character();

    @Message("含有無效的字元")
    String text_invalid_character();

    @Message("日期須在 {earliest} 至 {latest} 年之間")
    String date_out_of_range(int earliest, int latest);

    @Message("JSON 格式錯誤(第 {line} 行,第 {column} 個字元)")
    String json_malformed(int line, int column);

    @Message("格式不符")
    String json_wrong_shape();

    @Message("表單內容不完整,無法讀取,請重新送出")
    String form_unreadable();
}
