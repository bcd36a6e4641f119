package steward.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of sign-in protection and the audit trail's security events in traditional Chinese;
 * {@code messages/security_zh-Hans.properties} and {@code messages/security_en.properties} translate them.
 */
@MessageBundle(value = "security", locale = "zh-Hant")
public interface SecurityMessages {

    @Message("登入失敗次數過多,這個帳號在這部裝置已暫時鎖定。請 {minutes} 分鐘後再試,或請主管協助。")
    String signin_locked(long minutes);

    @Message("登入失敗過多,暫時鎖定")
    String action_SIGN_IN_LOCKED();

    @Message("{failures} 次登入失敗,來自 {address};鎖定至 {until}")
    String detail_locked(int failures, String address, String until);
}
