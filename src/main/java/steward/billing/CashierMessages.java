package steward.billing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The cashier's words, in traditional Chinese here; {@code messages/cashier_zh-Hans.properties} and
 * {@code messages/cashier_en.properties} translate them. The seed's phrases for the till (「這是您的發票和零錢,請收好」...)
 * live here, never in templates. Templates say {@code {cashier:key}}.
 */
@MessageBundle(value = "cashier", locale = "zh-Hant")
public interface CashierMessages {

    @Message("收費櫃檯")
    String nav_cashier();

    @Message("收費標準")
    String nav_fees();

    @Message("日結")
    String nav_close();

    @Message("「請您出示身分證件,謝謝。」")
    String phrase_documents();

    @Message("「請您填寫這份表格,筆在這裡。」")
    String phrase_form();

    @Message("「這是收費標準,我為您說明。」")
    String phrase_fee();

    @Message("「請您交費,謝謝。」")
    String phrase_pay();

    @Message("「這是您的發票和零錢,請收好」")
    String phrase_change();

    @Message("「謝謝您!」")
    String phrase_thanks();

    @Message("雙手奉上收據和零錢,微笑注視客戶,等客戶確認無誤後致謝。")
    String handover_hint();

    @Message("收費櫃檯")
    String till_title();

    @Message("單元(如 5棟2單元502)")
    String till_search();

    @Message("輸入單元,查看應繳費用、收款、辦理門禁卡與停車卡")
    String till_search_hint();

    @Message("找不到單元「{query}」")
    String till_none(String query);

    @Message("帳戶餘額")
    String account_balance();

    @Message("預繳餘額")
    String account_credit();

    @Message("應繳")
    String account_owes();

    @Message("已繳清")
    String account_settled();

    @Message("費用明細表")
    String account_statement();

    @Message("應繳費用")
    String due_title();

    @Message("目前沒有應繳費用")
    String due_none();

    @Message("項目")
    String due_item();

    @Message("繳費期限")
    String due_date();

    @Message("金額")
    String due_amount();

    @Message("尚欠")
    String due_remaining();

    @Message("合計")
    String due_total();

    @Message("收款")
    String pay_title();

    @Message("收款金額")
    String pay_amount();

    @Message("預設為所選項目的合計,由最早的費用開始沖銷;多收的金額留作預繳餘額")
    String pay_amount_hint();

    @Message("付款方式")
    String pay_method();

    @Message("實收現金")
    String pay_tendered();

    @Message("現金付款時填寫,系統計算找零")
    String pay_tendered_hint();

    @Message("交易參考號")
    String pay_reference();

    @Message("轉帳、行動支付必填")
    String pay_reference_hint();

    @Message("確認收款")
    String pay_submit();

    @Message("收款完成")
    String paid_title();

    @Message("找零")
    String paid_change();

    @Message("收據號碼")
    String paid_receipt();

    @Message("留作預繳餘額")
    String paid_credited();

    @Message("下一位客戶")
    String paid_next();

    @Message("列印收據(80mm)")
    String print_thermal();

    @Message("列印收據(A4)")
    String print_a4();

    @Message("再次列印")
    String print_again();

    @Message("列印")
    String print_now();

    @Message("收據")
    String receipt_title();

    @Message("副本")
    String receipt_copy();

    @Message("正本")
    String receipt_original();

    @Message("單元")
    String receipt_unit();

    @Message("收款時間")
    String receipt_paid_at();

    @Message("收款人員")
    String receipt_cashier();

    @Message("金額")
    String receipt_amount();

    @Message("合計")
    String receipt_total();

    @Message("已作廢")
    String receipt_voided();

    @Message("作廢:{who},原因:{reason}")
    String receipt_voided_by(String who, String reason);

    @Message("作廢收據")
    String receipt_void();

    @Message("作廢原因")
    String receipt_void_reason();

    @Message("作廢會產生沖銷分錄,收據號碼保留,不會刪除。")
    String receipt_void_hint();

    @Message("返回帳戶")
    String receipt_back();

    @Message("謝謝您,{company}")
    String receipt_thanks(String company);

    @Message("門禁卡與停車卡")
    String cards_title();

    @Message("此單元尚無卡片")
    String cards_none();

    @Message("卡號")
    String card_number();

    @Message("留空則由系統編號")
    String card_number_hint();

    @Message("持卡人")
    String card_holder();

    @Message("車牌號碼")
    String card_plate();

    @Message("車位")
    String card_space();

    @Message("車位類型")
    String card_space_type();

    @Message("押金")
    String card_deposit();

    @Message("已核對證件")
    String card_id_checked();

    @Message("辦理新卡")
    String card_issue_title();

    @Message("卡片種類")
    String card_kind();

    @Message("住戶")
    String card_resident();

    @Message("證件類型")
    String card_id_type();

    @Message("證件號碼末四碼")
    String card_id_last4();

    @Message("只記錄末四碼,不記錄完整號碼")
    String card_id_last4_hint();

    @Message("本次收費")
    String card_fees();

    @Message("發卡並計費")
    String card_issue_submit();

    @Message("已發卡 {number},費用已列入應繳")
    String card_issued(String number);

    @Message("掛失補發")
    String card_replace();

    @Message("停用舊卡並補發")
    String card_replace_submit();

    @Message("退卡")
    String card_return();

    @Message("押金轉為預繳餘額")
    String card_return_credit();

    @Message("押金現金退還")
    String card_return_cash();

    @Message("卡片 {number} 已退還")
    String card_returned(String number);

    @Message("門禁卡")
    String card_ACCESS();

    @Message("停車卡")
    String card_PARKING();

    @Message("使用中")
    String status_ACTIVE();

    @Message("已掛失停用")
    String status_BLOCKED();

    @Message("已退還")
    String status_RETURNED();

    @Message("汽車")
    String space_CAR();

    @Message("機車")
    String space_MOTORCYCLE();

    @Message("管理費")
    String item_MANAGEMENT_FEE();

    @Message("門禁卡")
    String item_ACCESS_CARD();

    @Message("補發卡片")
    String item_CARD_REPLACEMENT();

    @Message("卡片押金")
    String item_CARD_DEPOSIT();

    @Message("月租車位")
    String item_PARKING_MONTHLY();

    @Message("停車卡")
    String item_PARKING_CARD();

    @Message("傳真")
    String item_FAX_PAGE();

    @Message("其他")
    String item_OTHER();

    @Message("每平方公尺每月")
    String unit_PER_M2_MONTH();

    @Message("每張")
    String unit_PER_CARD();

    @Message("每月")
    String unit_PER_MONTH();

    @Message("每頁")
    String unit_PER_PAGE();

    @Message("每項")
    String unit_PER_ITEM();

    @Message("收款")
    String kind_PAYMENT();

    @Message("入帳抵用")
    String kind_CREDIT();

    @Message("現金退款")
    String kind_REFUND();

    @Message("沖銷")
    String kind_REVERSAL();

    @Message("押金退還")
    String source_CARD_DEPOSIT_RETURN();

    @Message("客訴補償")
    String source_COMPLAINT_COMPENSATION();

    @Message("現金")
    String method_CASH();

    @Message("刷卡")
    String method_CARD();

    @Message("轉帳")
    String method_TRANSFER();

    @Message("行動支付")
    String method_MOBILE();

    @Message("費用明細表")
    String statement_title();

    @Message("日期")
    String statement_date();

    @Message("摘要")
    String statement_description();

    @Message("應收")
    String statement_debit();

    @Message("已收/抵用")
    String statement_credit();

    @Message("餘額")
    String statement_balance();

    @Message("列印時間 {time}")
    String statement_printed(String time);

    @Message("尚無帳務紀錄")
    String statement_empty();

    @Message("收費標準")
    String fees_title();

    @Message("項目")
    String fees_item();

    @Message("類別")
    String fees_variant();

    @Message("單價")
    String fees_price();

    @Message("計費單位")
    String fees_unit();

    @Message("生效日")
    String fees_from();

    @Message("截止日")
    String fees_to();

    @Message("含歷史價格")
    String fees_history();

    @Message("尚未設定收費標準")
    String fees_none();

    @Message("新增或調整收費標準")
    String fees_new();

    @Message("新價格自生效日起適用,原價格於前一天截止,歷史價格保留。")
    String fees_new_hint();

    @Message("儲存收費標準")
    String fees_submit();

    @Message("日結")
    String close_title();

    @Message("營業日")
    String close_date();

    @Message("現金收款筆數")
    String close_cash_payments();

    @Message("收到現金")
    String close_received();

    @Message("找零")
    String close_change();

    @Message("現金退款")
    String close_refunds();

    @Message("應有現金")
    String close_expected();

    @Message("實點現金")
    String close_counted();

    @Message("差額")
    String close_difference();

    @Message("差額說明")
    String close_note();

    @Message("日結")
    String close_submit();

    @Message("已於 {time} 日結,當日現金收付已鎖定")
    String close_done(String time);

    @Message("等待主管簽核")
    String close_waiting();

    @Message("主管 {who} 已於 {time} 簽核")
    String close_signed(String who, String time);

    @Message("簽核")
    String close_sign_off();

    @Message("收費人員日結")
    String close_list();

    @Message("這一天尚無日結")
    String close_none();

    @Message("查看")
    String close_show();

    @Message("請填寫此欄位")
    String error_required();

    @Message("不可超過 {max} 個字")
    String error_too_long(int max);

    @Message("請至少填寫 2 個字的原因")
    String error_reason();

    @Message("找不到這個單元")
    String error_unknown_unit();

    @Message("金額必須大於零")
    String error_amount_positive();

    @Message("請輸入正確的金額")
    String error_amount_invalid();

    @Message("請選擇付款方式")
    String error_method();

    @Message("實收現金少於收款金額")
    String error_tendered_short();

    @Message("只有現金付款需要填寫實收現金")
    String error_tendered_not_cash();

    @Message("請填寫交易參考號")
    String error_reference_required();

    @Message("所選的費用不存在或已繳清")
    String error_charges_unknown();

    @Message("缺少付款識別碼,請重新整理頁面後再收款")
    String error_key_required();

    @Message("這個付款識別碼已用於收據 {receiptNo},內容不同,未重複收款")
    String error_key_reused(String receiptNo);

    @Message("請選擇證件類型")
    String error_id_type();

    @Message("請選擇門禁卡或停車卡")
    String error_card_kind();

    @Message("這位住戶不屬於此單元")
    String error_resident_not_of_unit();

    @Message("車牌號碼格式不正確(如 ABC-1234)")
    String error_plate();

    @Message("請選擇車位類型:汽車或機車")
    String error_space_type();

    @Message("卡號只能包含英文字母、數字和連字號")
    String error_card_number();

    @Message("這個卡號正由另一張使用中的卡片使用")
    String error_card_number_taken();

    @Message("尚未設定「{item}」的收費標準,請主管先設定")
    String error_no_fee_standard(String item);

    @Message("卡片 {number} 已停用或已退還")
    String error_card_not_active(String number);

    @Message("請選擇押金退還方式:轉為預繳餘額或現金")
    String error_refund();

    @Message("押金尚未繳清,只能轉為預繳餘額")
    String error_cash_refund_unpaid();

    @Message("收據 {receiptNo} 已作廢")
    String error_receipt_voided(String receiptNo);

    @Message("{date} 的現金已日結,不能再登錄當日的現金收付")
    String error_day_closed(String date);

    @Message("您 {date} 的現金已經日結")
    String error_already_closed(String date);

    @Message("不能日結未來的日期")
    String error_close_future();

    @Message("有差額時請填寫說明")
    String error_difference_note();

    @Message("已由 {who} 簽核")
    String error_already_signed(String who);

    @Message("請選擇收費項目")
    String error_fee_item();

    @Message("此項目不分類別")
    String error_no_variant();

    @Message("須晚於目前價格的生效日 {date}")
    String error_effective_from(String date);

    @Message("請選擇 80mm 或 A4")
    String error_paper();

    @Message("這筆押金已經收過了")
    String error_deposit_taken();

    @Message("這筆押金已經退還了")
    String error_deposit_paid_back();

    @Message("押金")
    String close_deposits();
}
