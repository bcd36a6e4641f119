package steward.knowledge;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import steward.StewardConfig;
import steward.demo.DemoData;
import steward.resident.Site;
import steward.web.Languages;

/**
 * The demo site's answer book: about thirty answers to what residents ask a service center most, in traditional
 * Chinese and English, with simplified Chinese converted from the traditional text. Written by the demo's
 * customer service account and approved by its supervisor; one more waits as a draft, to show the approval.
 * Created in dev and demo only, once, after the demo site exists.
 */
@ApplicationScoped
public class AnswerBookDemoData {

    private static final Logger LOG = Logger.getLogger(AnswerBookDemoData.class);
    static final String WRITER = "service";
    static final String APPROVER = "supervisor";

    /** An answer as shipped: plain text, where a blank line starts a paragraph and "- " a list item. */
    record Shipped(AnswerCategory category, String keywords, String synonyms, String question, String body,
            String questionEn, String bodyEn) {
    }

    static final List<Shipped> ANSWERS = List.of(
            new Shipped(AnswerCategory.FEES, "管理費", "物業費、月費",
                    "管理費怎麼計算?每月多少?",
                    "管理費依權狀坪數計算,每坪每月 60 元;汽車位另計每位每月 300 元。\n\n金額以區分所有權人會議決議為準,調整時會先公告於公布欄。",
                    "How is the management fee calculated?",
                    "The fee is NT$60 per ping of the registered floor area per month; each car space adds NT$300 a month.\n\nThe owners' assembly sets the amounts; any change is posted on the notice board first."),
            new Shipped(AnswerCategory.FEES, "繳費", "付款、轉帳、刷卡",
                    "管理費可以用哪些方式繳?",
                    "可以用以下方式繳納:\n- 管理室現金或刷卡(週一至週六 9:00–18:00)\n- 銀行轉帳或 ATM(帳號印在繳費單上)\n- 超商代收(持繳費單條碼)\n- 信用卡定期扣款(請填寫授權書)",
                    "How can I pay the management fee?",
                    "You can pay:\n- at the management office in cash or by card (Mon–Sat 9:00–18:00)\n- by bank transfer or ATM (the account is on the bill)\n- at a convenience store with the bill's barcode\n- by monthly credit card debit (fill in the authorisation form)"),
            new Shipped(AnswerCategory.FEES, "逾期", "催繳、欠費、遲繳",
                    "管理費逾期沒繳會怎樣?",
                    "管理費請於每月 10 日前繳清。逾期時管理室會先電話提醒,並寄發催繳通知。\n\n如有困難,請與客服約時間協商分期,我們會保密處理。",
                    "What happens if the fee is paid late?",
                    "Please pay by the 10th of each month. When a payment is late the office first calls you, then sends a reminder.\n\nIf you are in difficulty, make an appointment with customer service to agree instalments; it is handled in confidence."),
            new Shipped(AnswerCategory.FEES, "收據", "發票、統一編號、繳費證明",
                    "繳了管理費可以開收據嗎?",
                    "繳費後管理室當場開立收據;需要統一編號請於繳費時告知。收據遺失可申請補發繳費證明。",
                    "Do I get a receipt for the fee?",
                    "The office hands you a receipt when you pay; tell us your company tax number if you need it on the receipt. A lost receipt can be replaced by a payment certificate."),
            new Shipped(AnswerCategory.FEES, "繳費單", "帳單、電子帳單",
                    "沒收到管理費繳費單怎麼辦?",
                    "繳費單每月 1 日投遞至各戶信箱,也可以到管理室索取,或登記電子郵件改收電子繳費單。",
                    "I did not receive the fee bill.",
                    "Bills are put in every mailbox on the 1st of the month. You can also pick one up at the office, or register an email address to receive it electronically."),
            new Shipped(AnswerCategory.ACCESS_CARDS, "補辦", "門禁卡、感應扣、磁卡、磁扣",
                    "磁扣(門禁卡)遺失怎麼補辦?",
                    "請本人攜帶身分證件到管理室辦理,工本費每張 200 元;補發後舊卡立即停用。租戶請另附租約。",
                    "I lost my access fob. How do I get a new one?",
                    "Come to the office in person with your ID; a new fob costs NT$200 and the lost one is disabled at once. Tenants also bring their lease."),
            new Shipped(AnswerCategory.ACCESS_CARDS, "加辦", "門禁卡、感應扣、磁扣",
                    "可以多辦幾張磁扣嗎?",
                    "每戶基本配發 4 張磁扣;加辦每張 200 元,每戶最多 8 張。",
                    "Can I get more access fobs?",
                    "Each household receives 4 fobs; more cost NT$200 each, up to 8 per household."),
            new Shipped(AnswerCategory.ACCESS_CARDS, "刷不開", "門禁卡、感應扣、磁扣、故障",
                    "磁扣刷不開門怎麼辦?",
                    "請先確認磁扣是否曾掛失停用。請帶磁扣到管理室測試,非人為損壞可免費換新一次。",
                    "My fob does not open the door.",
                    "First check whether it was reported lost and disabled. Bring it to the office for a test: a fob that failed on its own is replaced once free of charge."),
            new Shipped(AnswerCategory.PARKING, "訪客", "停車、泊車、訪客車位",
                    "訪客可以停車嗎?訪客車位怎麼登記?",
                    "社區設有 5 個訪客車位。請住戶提前到管理室或來電登記車號與時段,每次最多 4 小時,22:00 後不開放。",
                    "Can my visitors park here?",
                    "There are 5 visitor spaces. Register the plate number and time with the office in advance, in person or by phone; up to 4 hours each time, not after 22:00."),
            new Shipped(AnswerCategory.PARKING, "租車位", "停車、停車位、泊車、車位",
                    "如何租用社區車位?",
                    "車位採登記排隊,有車位釋出時依序通知。月租汽車位 2,500 元、機車位 300 元。\n\n請填寫車位租用申請表並附行照影本。",
                    "How do I rent a parking space?",
                    "Spaces go to a waiting list and are offered in turn when one is free. A car space is NT$2,500 a month, a scooter space NT$300.\n\nFill in the rental form and attach a copy of the vehicle registration."),
            new Shipped(AnswerCategory.PARKING, "遙控器", "停車卡、停車、車道",
                    "停車遙控器或停車卡遺失怎麼辦?",
                    "請到管理室登記停用。補辦遙控器 800 元、停車感應卡 200 元。",
                    "I lost my garage remote or parking card.",
                    "Tell the office so it is disabled. A new remote costs NT$800, a parking card NT$200."),
            new Shipped(AnswerCategory.PARKING, "占用", "停車、車位、違停",
                    "我的車位被別人占用怎麼辦?",
                    "請來電管理室,我們會立即查看並聯絡車主移車;聯絡不到時依規約張貼告示。請勿自行處理,以免發生糾紛。",
                    "Someone is parked in my space.",
                    "Call the office: we check at once and contact the owner to move the car; if we cannot reach them we post a notice as the rules provide. Please do not deal with it yourself."),
            new Shipped(AnswerCategory.PARKING, "機車", "停車、摩托車",
                    "機車可以停在哪裡?",
                    "機車請停在 B1 機車停車區的登記格位,不可停在車道、樓梯間或中庭。",
                    "Where can I park a scooter?",
                    "Scooters go in your registered bay in the B1 scooter area, never in the driveway, stairwells or courtyard."),
            new Shipped(AnswerCategory.PARKING, "充電", "充電樁、電動車、停車",
                    "電動車可以在社區充電嗎?",
                    "B2 設有 4 座公共充電樁,申請充電卡後按度計費。私人車位要安裝充電設備,須先向管理委員會申請。",
                    "Can I charge an electric car here?",
                    "B2 has 4 shared chargers, billed per kWh once you have a charging card. Installing a charger at your own space needs the committee's approval first."),
            new Shipped(AnswerCategory.RENOVATION, "裝修申請", "裝潢、施工、整修",
                    "裝修要先申請嗎?需要哪些文件?",
                    "開工前 7 天到管理室申請,並備妥:\n- 裝修申請表\n- 施工圖說\n- 裝修保證金 20,000 元(完工驗收無損壞後退還)\n- 施工廠商聯絡人與電話",
                    "Do I need approval to renovate?",
                    "Apply at the office 7 days before work starts, with:\n- the renovation form\n- the drawings\n- a NT$20,000 deposit (returned once the finished work is inspected without damage)\n- the contractor's contact person and phone"),
            new Shipped(AnswerCategory.RENOVATION, "施工時間", "裝潢、裝修、噪音、施工",
                    "裝修施工時間是幾點到幾點?",
                    "週一至週五 9:00–12:00、13:30–17:30 可以施工;週六、週日及國定假日不得施工(包含敲打與電鑽)。",
                    "When may renovation work be done?",
                    "Monday to Friday 9:00–12:00 and 13:30–17:30. No work on weekends or public holidays, drilling and hammering included."),
            new Shipped(AnswerCategory.RENOVATION, "裝修垃圾", "廢棄物、裝潢、清運",
                    "裝修垃圾可以丟社區垃圾場嗎?",
                    "不可以。裝修廢棄物須由施工廠商自行清運;搬運時電梯須鋪設保護墊。",
                    "Can renovation waste go in the building's bins?",
                    "No. The contractor removes renovation waste; the lift must be lined with protective padding while it is carried out."),
            new Shipped(AnswerCategory.PETS, "養寵物", "狗、貓、毛小孩、寵物",
                    "社區可以養寵物嗎?",
                    "可以。公共區域請以牽繩或提籠帶領,並立即清理排泄物;大型犬搭電梯時請讓其他住戶先行。",
                    "Are pets allowed?",
                    "Yes. In shared areas keep pets on a lead or in a carrier and clean up after them at once; with a large dog, let other residents take the lift first."),
            new Shipped(AnswerCategory.PETS, "寵物電梯", "狗、貓、電梯、寵物",
                    "寵物可以搭電梯嗎?",
                    "可以,請抱著或使用短牽繩,並盡量避開上下班尖峰;電梯內已有住戶表示不便時,請搭下一班。",
                    "May pets use the lift?",
                    "Yes, held or on a short lead, and preferably outside rush hours; if someone in the lift is uncomfortable, please take the next one."),
            new Shipped(AnswerCategory.DELIVERIES, "代收", "包裹、快遞、宅配、掛號",
                    "管理室可以代收包裹嗎?",
                    "可以代收一般包裹與掛號信,到件後會通知住戶。冷藏、冷凍品及貨到付款不代收。",
                    "Will the office accept parcels for me?",
                    "Yes, ordinary parcels and registered mail; we let you know when they arrive. We cannot accept chilled or frozen goods, or cash-on-delivery items."),
            new Shipped(AnswerCategory.DELIVERIES, "領取", "包裹、快遞、宅配",
                    "包裹放在管理室可以放多久?",
                    "請於 7 天內領取;逾期會電話提醒,超過 30 天未領取將退回寄件人。",
                    "How long does the office keep my parcel?",
                    "Please collect it within 7 days; after that we call you, and after 30 days it is returned to the sender."),
            new Shipped(AnswerCategory.DELIVERIES, "外送", "外賣、外送員、訪客",
                    "外送員可以送到家門口嗎?",
                    "為了住戶安全,外送員須在大廳登記,由管理員通知住戶下樓領取,不得自行上樓。",
                    "Can delivery riders come up to my door?",
                    "For everyone's safety, riders sign in at the lobby and the concierge calls you down; they do not go upstairs."),
            new Shipped(AnswerCategory.QUIET_HOURS, "安寧時間", "噪音、吵、安靜",
                    "社區的安寧時間是幾點?",
                    "晚上 22:00 至隔天早上 7:00 為安寧時段,請勿大聲喧嘩、彈奏樂器或使用洗衣機等大型電器。",
                    "What are the quiet hours?",
                    "From 22:00 to 7:00: no loud talk, music practice, or large appliances such as washing machines."),
            new Shipped(AnswerCategory.QUIET_HOURS, "鄰居吵", "噪音、吵、擾鄰",
                    "鄰居太吵怎麼辦?",
                    "請來電管理室,我們會派人了解並婉轉提醒,不會透露您的身分;持續發生時由管理委員會書面通知。",
                    "My neighbours are too noisy.",
                    "Call the office: we go and remind them politely without saying who called. If it goes on, the committee writes to them."),
            new Shipped(AnswerCategory.KEYS, "忘帶鑰匙", "開鎖、鎖門、鑰匙",
                    "鑰匙忘了帶,管理室可以幫忙開門嗎?",
                    "管理室不保管住戶鑰匙,可以協助聯絡合作的鎖匠(費用自付);開鎖前會核對您的身分與住戶資料。",
                    "I am locked out. Can the office open my door?",
                    "The office keeps no residents' keys, but can call a locksmith we work with (at your cost); we check your identity against the resident records first."),
            new Shipped(AnswerCategory.KEYS, "備用鑰匙", "寄放、鑰匙",
                    "可以把備用鑰匙寄放在管理室嗎?",
                    "可以,請簽寄放單並密封;只交還本人或有書面授權的人。",
                    "Can I leave a spare key with the office?",
                    "Yes: sign the deposit form and seal the key; it is handed only to you or someone you authorise in writing."),
            new Shipped(AnswerCategory.MOVING, "搬家", "搬遷、搬入、搬出、貨梯",
                    "搬家要先申請嗎?",
                    "請於搬家前 3 天到管理室登記日期與時段,並預約貨梯;搬運時間為 8:00–18:00。",
                    "Do I need to book a move?",
                    "Register the date and time at the office 3 days ahead and book the service lift; moving hours are 8:00–18:00."),
            new Shipped(AnswerCategory.MOVING, "搬家保證金", "搬遷、押金",
                    "搬家需要繳保證金嗎?",
                    "需繳搬家保證金 3,000 元,搬運完成並確認公共設施無損壞後退還。",
                    "Is there a deposit for moving?",
                    "Yes, NT$3,000, returned once the move is done and the shared areas are checked for damage."),
            new Shipped(AnswerCategory.MOVING, "入住", "新住戶、遷入、搬入",
                    "新住戶入住要辦哪些手續?",
                    "請攜帶身分證件及買賣或租賃契約到管理室:\n- 登記住戶資料與緊急聯絡人\n- 領取磁扣與信箱鑰匙\n- 了解管理費繳費方式",
                    "What do new residents need to do?",
                    "Come to the office with your ID and the sale or lease contract to:\n- register as a resident, with an emergency contact\n- collect your fobs and mailbox key\n- learn how to pay the management fee"),
            new Shipped(AnswerCategory.FACILITIES, "健身房", "交誼廳、公設、開放時間",
                    "健身房和交誼廳開放時間?",
                    "健身房 6:00–22:00,交誼廳 9:00–21:00,請刷磁扣進入。交誼廳可以預約包場。",
                    "When are the gym and the lounge open?",
                    "The gym 6:00–22:00, the lounge 9:00–21:00; enter with your fob. The lounge can be booked for private use."),
            new Shipped(AnswerCategory.OTHER, "垃圾", "資源回收、倒垃圾、回收",
                    "垃圾和資源回收什麼時候可以丟?",
                    "垃圾車每天 19:30 到社區門口;資源回收為每週一、三、五,請分類後放到 B1 回收區。",
                    "When can I put out rubbish and recycling?",
                    "The rubbish truck comes to the gate at 19:30 every day; recycling is Monday, Wednesday and Friday, sorted, in the B1 recycling room."));

    static final Shipped DRAFT = new Shipped(AnswerCategory.FACILITIES, "中庭", "派對、活動、借用",
            "中庭可以借用辦生日派對嗎?", "中庭為公共空間,不出借作私人派對;交誼廳可以預約包場,最多 30 人。",
            "Can the courtyard be used for a birthday party?",
            "The courtyard is shared space and is not lent for private parties; the lounge can be booked for up to 30 people.");

    @Inject
    StewardConfig config;

    @Inject
    AnswerService answers;

    /** After {@link DemoData} (which observes with the default priority) has created the demo site. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (config.demo().enabled()) {
            createOnce();
        }
    }

    @Transactional
    void createOnce() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null || Answer.count("siteId", site.id) > 0) {
            return;
        }
        for (Shipped answer : ANSWERS) {
            answers.ship(site.id, WRITER, APPROVER, draft(answer));
        }
        answers.ship(site.id, WRITER, null, draft(DRAFT));
        LOG.infof("Demo answer book created with %d published answers and one draft", ANSWERS.size());
    }

    static AnswerService.Draft draft(Shipped answer) {
        Map<String, AnswerService.Text> texts = Map.of(
                Languages.TRADITIONAL, new AnswerService.Text(answer.question(), answer.body()),
                Languages.SIMPLIFIED, new AnswerService.Text(ZhConverterUtil.toSimple(answer.question()),
                        ZhConverterUtil.toSimple(answer.body())),
                Languages.ENGLISH, new AnswerService.Text(answer.questionEn(), answer.bodyEn()));
        return new AnswerService.Draft(answer.category().name(), AnswerService.splitWords(answer.keywords()),
                AnswerService.splitWords(answer.synonyms()), texts, null);
    }
}
